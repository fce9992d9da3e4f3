import { cameoToPlover, isCameoCode } from "./cameo.js";
import { isPloverType } from "./plover.js";
import { isModeOf } from "./plover-modes.js";
import type { TriggerRow } from "./triggers.js";

/** Bad trigger data: names the file and, when known, the row id. */
export class TriggerDataError extends Error {
  readonly code = "trigger-data";
  constructor(
    readonly file: string,
    readonly rowId: string | null,
    reason: string,
  ) {
    super(`${file}${rowId ? ` row "${rowId}"` : ""}: ${reason}`);
    this.name = "TriggerDataError";
  }
}

const FIELDS = new Set([
  "id",
  "type",
  "mode",
  "cameo",
  "pos",
  "forms",
  "frame",
  "status",
  "note",
  "passive_ok",
  "speaker_acts",
  "not_before",
  "not_after",
  "rule",
]);
const FRAMES = new Set(["directed", "mutual", "visit", "host"]);
const STATUSES = new Set([null, "future", "hypothetical", "negated"]);
// Lower-case words (inner hyphens and apostrophes allowed) separated by single spaces: "spoke by phone".
const PHRASE = /^[a-z0-9]+(?:[-'][a-z0-9]+)*(?: [a-z0-9]+(?:[-'][a-z0-9]+)*)*$/;
const ID = /^([a-z]+)\.[a-z0-9]+(?:-[a-z0-9]+)*\.(verb|noun)$/;

function phrases(value: unknown, field: string, fail: (reason: string) => never): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(`"${field}" must be a non-empty array`);
  const seen = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item !== "string" || !PHRASE.test(item)) {
      fail(`"${field}" entry ${JSON.stringify(item)} is not a lower-case phrase of single-spaced words`);
    }
    if (seen.has(item)) fail(`"${field}" lists ${JSON.stringify(item)} twice`);
    seen.add(item);
  }
  return value as string[];
}

/**
 * Checks one raw JSON row and returns it typed, with `source` set to the file name.
 * @throws TriggerDataError on the first problem found.
 */
export function validateRow(raw: unknown, file: string, index: number): TriggerRow {
  const where = `#${index}`;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new TriggerDataError(file, where, "a row must be a JSON object");
  }
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === "string" ? r.id : where;
  const fail = (reason: string): never => {
    throw new TriggerDataError(file, id, reason);
  };
  for (const key of Object.keys(r)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);

  const idMatch = typeof r.id === "string" ? ID.exec(r.id) : null;
  if (!idMatch) fail(`id must look like <type>.<concept>.<verb|noun>, got ${JSON.stringify(r.id)}`);
  if (!isPloverType(r.type)) fail(`unknown PLOVER type ${JSON.stringify(r.type)}`);
  const type = r.type as TriggerRow["type"];
  if (idMatch?.[1] !== type.toLowerCase()) fail(`id must start with "${type.toLowerCase()}."`);
  if (file !== `${type.toLowerCase()}.json`) fail(`a ${type} row belongs in ${type.toLowerCase()}.json`);
  if (idMatch?.[2] !== r.pos) fail(`id ends in ".${idMatch?.[2]}" but pos is ${JSON.stringify(r.pos)}`);
  if (r.mode !== null && !isModeOf(type, r.mode)) fail(`unknown mode ${JSON.stringify(r.mode)} for ${type}`);
  if (typeof r.cameo !== "string" || !isCameoCode(r.cameo)) fail(`unknown CAMEO code ${JSON.stringify(r.cameo)}`);
  const crosswalk = cameoToPlover(r.cameo as string);
  if (crosswalk?.type !== type && (typeof r.rule !== "string" || r.rule.length === 0)) {
    fail(`CAMEO ${r.cameo} maps to ${crosswalk?.type ?? "nothing"}, not ${type}: give the manual's rule in "rule"`);
  }
  if (!FRAMES.has(r.frame as string)) fail(`unknown frame ${JSON.stringify(r.frame)}`);
  if (!STATUSES.has(r.status as string | null)) fail(`unknown status ${JSON.stringify(r.status)}`);
  if (typeof r.note !== "string" || r.note.length === 0) fail(`"note" must be a non-empty string`);
  if (r.passive_ok !== undefined && typeof r.passive_ok !== "boolean") fail(`"passive_ok" must be a boolean`);
  if (r.rule !== undefined && typeof r.rule !== "string") fail(`"rule" must be a string`);
  if (r.speaker_acts !== undefined && typeof r.speaker_acts !== "boolean") fail(`"speaker_acts" must be a boolean`);
  phrases(r.forms, "forms", fail);
  if (r.not_before !== undefined) phrases(r.not_before, "not_before", fail);
  if (r.not_after !== undefined) phrases(r.not_after, "not_after", fail);
  return { ...(r as Omit<TriggerRow, "source">), source: file };
}
