import type { QuadClass } from "../../model/records.js";
import { goldstein, ploverScore, ploverToCameo, quadOfType } from "../../ontology/index.js";
import type { TriggerRow } from "../../ontology/triggers.js";

/** PLOVER score, CAMEO code, Goldstein value and quad class of a trigger's event, from the ontology data. */
export function scoreEvent(row: TriggerRow): { score: number; cameo: string; goldstein: number; quad: QuadClass } {
  const cameo = row.cameo ?? ploverToCameo(row.type, row.mode ?? undefined);
  return {
    score: ploverScore(row.type, row.mode ?? undefined),
    cameo,
    goldstein: goldstein(cameo),
    quad: quadOfType(row.type),
  };
}
