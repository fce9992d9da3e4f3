import type { DateBasis, EventLocation, EventRecord, PartialDate } from "../model/records.js";

/** The fields of a canonical event that a later report of the same event may improve. */
export interface MergeableFields {
  mode: string | null;
  context: string[];
  date: PartialDate | null;
  date_end: PartialDate | null;
  date_basis: DateBasis;
  location: EventLocation | null;
  confidence: number;
}

/**
 * Folds a new report of an event into the stored canonical one, keeping the better-supported value
 * of each field. Shared by every store so they merge alike.
 *
 * - date: a date fills a missing one; when the two agree on their common prefix the more precise
 *   wins (`2023-06` then `2023-06-18` gives `2023-06-18`); when they disagree the stored one stays.
 *   `date_basis` travels with the date it describes.
 * - confidence: the maximum. mode, location, date_end: the stored value, else the new one.
 * - context: the union, stored order first.
 */
export function mergeEventFields(stored: MergeableFields, incoming: EventRecord): MergeableFields {
  const takeDate = prefersIncomingDate(stored.date, incoming.date);
  const agree = datesAgree(stored.date, incoming.date);
  return {
    mode: stored.mode ?? incoming.mode,
    context: [...new Set([...stored.context, ...incoming.context])],
    date: takeDate ? incoming.date : stored.date,
    date_basis: takeDate ? incoming.date_basis : stored.date_basis,
    date_end: takeDate
      ? (incoming.date_end ?? stored.date_end)
      : agree
        ? (stored.date_end ?? incoming.date_end)
        : stored.date_end,
    location: stored.location ?? incoming.location,
    confidence: Math.max(stored.confidence, incoming.confidence),
  };
}

function prefersIncomingDate(stored: PartialDate | null, incoming: PartialDate | null): boolean {
  if (incoming === null) return false;
  if (stored === null) return true;
  return datesAgree(stored, incoming) && incoming.length > stored.length;
}

/** True when one date is a prefix of the other (`2023-06` and `2023-06-18`), or both are null. */
function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  if (a === null || b === null) return a === b;
  return a.startsWith(b) || b.startsWith(a);
}
