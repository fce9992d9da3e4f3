import type { Sentence, TimexMention } from "../../doc/layers.js";
import { redated } from "../../model/record-with.js";
import type { EventRecord } from "../../model/records.js";
import { eventDate } from "./event-date.js";

/** A labelled field of a readout or media advisory: `WHAT: …`, `WHEN: …`. */
const FIELD = /^\s*(WHAT|WHEN|EVENT|DATE)\s*:/i;

/**
 * A readout or advisory in labelled fields (`WHAT: Video call between X and Y.` then `WHEN: Tuesday,
 * April 16.`) dates its `WHAT` line by its `WHEN` line: the day the field gives, to the day and not a
 * range. Null when the text has no such pair.
 */
export function whenField(
  sentences: readonly Sentence[],
  timexes: readonly TimexMention[],
  text: string,
): { what: Set<number>; timex: TimexMention } | null {
  const label = (s: Sentence) => FIELD.exec(text.slice(s.start, s.end))?.[1]?.toUpperCase();
  const what = new Set(sentences.filter((s) => ["WHAT", "EVENT"].includes(label(s) ?? "")).map((s) => s.index));
  const when = sentences.find((s) => ["WHEN", "DATE"].includes(label(s) ?? ""));
  if (what.size === 0 || !when) return null;
  const timex = timexes.find(
    (t) => t.start >= when.start && t.end <= when.end && t.value !== null && t.precision === "day" && !t.range,
  );
  return timex ? { what, timex } : null;
}

/** An event of the `WHAT` line that the line itself leaves undated takes the `WHEN` field's day (`+when-field`). */
export function onWhenField(
  record: EventRecord,
  sentence: number,
  field: ReturnType<typeof whenField>,
): { record: EventRecord; timex: { start: number; end: number } } | null {
  if (!field?.what.has(sentence) || record.date_basis !== "publication") return null;
  const when = eventDate(field.timex, record.status, null);
  return { record: redated(record, when, "when-field"), timex: field.timex };
}
