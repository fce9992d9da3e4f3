import type { TimexMention } from "../../doc/layers.js";
import { redated } from "../../model/record-with.js";
import type { EventRecord } from "../../model/records.js";
import { eventDate } from "./event-date.js";

/** `since November 2022, when …`: a bound of a span, then a clause told at that bound. */
const SINCE_WHEN = /^,?\s+when\s+[^,;.:]*$/i;

/**
 * `the first meeting since November 2022, when Austin met Wei Fenghe in Cambodia`: the date after
 * `since` bounds the first clause and dates none of its events, but the `when` clause right after it
 * happened on that date. An event in such a clause that the text left undated (dated by the
 * publication) takes it (`+since-when`). Null when the trigger is in no such clause.
 */
export function sinceWhen(
  record: EventRecord,
  triggerStart: number,
  sentenceStart: number,
  timexes: readonly TimexMention[],
  text: string,
): { record: EventRecord; timex: { start: number; end: number } } | null {
  if (record.date_basis !== "publication") return null;
  const bound = timexes.find(
    (t) =>
      t.start >= sentenceStart &&
      t.end <= triggerStart &&
      t.value !== null &&
      /\b(?:since|until|till)\s+$/i.test(text.slice(Math.max(0, t.start - 7), t.start)) &&
      SINCE_WHEN.test(text.slice(t.end, triggerStart)),
  );
  if (!bound) return null;
  const when = eventDate(bound, record.status, null);
  return { record: redated(record, when, "since-when"), timex: bound };
}
