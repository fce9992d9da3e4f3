import type { EventFilter } from "../store/store.js";
import { positiveInt, stringValue, UsageError, type Values } from "./command.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `--actor --dyad --type --from --to --doc --text --limit` into a store filter, validated. */
export function eventFilterFrom(values: Values): EventFilter {
  const filter: EventFilter = {};
  const actor = stringValue(values, "actor");
  if (actor) filter.actor = actor;
  const dyad = stringValue(values, "dyad");
  if (dyad) {
    const parts = dyad.split(",").map((p) => p.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new UsageError(`--dyad takes two actors separated by a comma, e.g. CHN,USA (got "${dyad}")`);
    filter.dyad = [parts[0], parts[1]];
  }
  const types = values.type;
  if (Array.isArray(types) && types.length > 0)
    filter.types = types.flatMap((t) => t.split(",")).map((t) => t.trim().toUpperCase());
  for (const bound of ["from", "to"] as const) {
    const v = stringValue(values, bound);
    if (v === undefined) continue;
    if (!PARTIAL_DATE.test(v))
      throw new UsageError(`--${bound} must be a date YYYY, YYYY-MM or YYYY-MM-DD (got "${v}")`);
    filter[bound] = v;
  }
  const doc = stringValue(values, "doc");
  if (doc) filter.doc = doc;
  const text = stringValue(values, "text");
  if (text) filter.text = text;
  const limit = positiveInt(values, "limit");
  if (limit !== undefined) filter.limit = limit;
  return filter;
}
