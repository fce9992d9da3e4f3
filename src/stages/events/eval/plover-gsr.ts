import { readFileSync } from "node:fs";
import { analyze } from "../../../analyze.js";
import type { EventRecord } from "../../../model/records.js";

/** PLOVER 0.5 labels of the gold set and their PLOVER 2.0 type (the data README's mapping). */
const LEGACY: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};
/** CAMEO country codes of the gold set that differ from ISO 3166-1 alpha-3. */
const CAMEO_COUNTRY: Record<string, string> = { JAP: "JPN", GER: "DEU", ROM: "ROU", BUL: "BGR" };

interface GoldActor {
  code?: string;
}
interface GoldRecord {
  id: string;
  event: string;
  text?: string;
  date?: string;
  source?: GoldActor[] | string;
  target?: GoldActor[] | string;
}

export interface PloverEvaluation {
  sentences: number;
  typeAccuracy: number;
  /** Gold type → predicted type ("none" when no event) → count. */
  confusion: Record<string, Record<string, number>>;
  perType: Record<string, { n: number; correct: number }>;
  dyad: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
}

const countries = (side: GoldActor[] | string | undefined) =>
  new Set(
    Array.isArray(side)
      ? side
          .map((a) => a.code ?? "")
          .filter(Boolean)
          .map((c) => CAMEO_COUNTRY[c] ?? c.slice(0, 3))
      : [],
  );

/** The event a sentence-level coder reports: the most confident one, the earliest on ties. */
function mainEvent(events: EventRecord[]): EventRecord | undefined {
  return [...events].sort(
    (a, b) => b.confidence - a.confidence || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )[0];
}

/**
 * Codes each gold sentence and compares: event type (PLOVER 0.5 labels mapped to 2.0) and the
 * source/target countries as a set of (side, country) pairs.
 */
export function evaluatePloverGsr(file: string): PloverEvaluation {
  const records = (JSON.parse(readFileSync(file, "utf8")) as GoldRecord[]).filter(
    (r) => r.text && r.event !== "DOCUMENT",
  );
  const confusion: PloverEvaluation["confusion"] = {};
  const perType: PloverEvaluation["perType"] = {};
  let correct = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of records) {
    const gold = LEGACY[r.event] ?? r.event;
    const event = mainEvent(analyze(r.text ?? "", { publishedAt: r.date ?? null }).events);
    const predicted = event?.event_type ?? "none";
    const row = confusion[gold] ?? {};
    confusion[gold] = row;
    row[predicted] = (row[predicted] ?? 0) + 1;
    const t = perType[gold] ?? { n: 0, correct: 0 };
    perType[gold] = t;
    t.n++;
    if (predicted === gold) {
      t.correct++;
      correct++;
    }
    const goldPairs = new Set([
      ...[...countries(r.source)].map((c) => `S:${c}`),
      ...[...countries(r.target)].map((c) => `T:${c}`),
    ]);
    const side = (list: EventRecord["actors"], tag: string) => list.map((a) => `${tag}:${a.country ?? ""}`);
    const predictedPairs = new Set(event ? [...side(event.actors, "S"), ...side(event.recipients, "T")] : []);
    for (const p of predictedPairs)
      if (goldPairs.has(p)) tp++;
      else fp++;
    for (const g of goldPairs) if (!predictedPairs.has(g)) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    sentences: records.length,
    typeAccuracy: correct / Math.max(1, records.length),
    confusion,
    perType,
    dyad: { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), tp, fp, fn },
  };
}
