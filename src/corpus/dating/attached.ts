import { type Analysis, analyzeDocument } from "../../analyze.js";
import { type DocEvent, mentionKey } from "../../doc/layers.js";
import type { EventRecord, TimexRecord } from "../../model/records.js";
import type { DatingEvidence } from "../../store/dating-store.js";

/** Any day serves: it only gives every time expression a value, so that an event's date shows which one it took. */
const PROBE_DAY = "2001-06-15";

/**
 * What dating reads of an undated article's analysis, kept with the document: the time expressions
 * inside its event mentions (no other is ever read) and the ones the coder attached to each mention.
 */
export function datingEvidenceOf(analysis: Analysis): DatingEvidence {
  const spans = analysis.record.events.flatMap((e) => e.mentions);
  return {
    timexes: analysis.record.timexes.filter((t) => spans.some((m) => t.start >= m.start && t.end <= m.end)),
    attached: attachedFromEvents(analysis.doc.get("events")),
  };
}

/**
 * The same answer as `attachedTimexes`, read from the coder's own record of which time expression
 * governs each mention (`DocEvent.governing`) when the article was analysed: no second analysis.
 */
export function attachedFromEvents(events: readonly DocEvent[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of events)
    for (const [key, span] of Object.entries(e.governing ?? {})) out[key] = span === null ? [] : [span];
  return out;
}

/**
 * Which time expressions the event coder attaches to each event of an undated text. Undated, the
 * coder leaves relative dates without value, so its choice does not show; coded once more against a
 * probe publication day, each event's date is the value of the expression that governs it
 * (src/stages/dates/attach.ts). Returns, per mention (`start:end:rule`), the spans of those
 * expressions; a mention the probe codes no date from (a publication day) gets an empty set.
 *
 * @example attachedTimexes("Before X's visit, NGOs wrote on June 14.") // the visit's mention → {"…"} only if the coder ties June 14 to it
 */
export function attachedTimexes(text: string): Map<string, Set<string>> {
  const probe = analyzeDocument(text, { publishedAt: PROBE_DAY }).record;
  const out = new Map<string, Set<string>>();
  for (const e of probe.events) {
    const own = e.date_basis === "publication" || e.date === null ? [] : probe.timexes;
    for (const m of e.mentions) {
      const spans = out.get(mentionKey(m)) ?? new Set<string>();
      for (const t of own)
        if (t.start >= m.start && t.end <= m.end && t.value?.split("/")[0] === e.date) spans.add(`${t.start}:${t.end}`);
      out.set(mentionKey(m), spans);
    }
  }
  return out;
}

/**
 * The time expressions of this document that belong to `e`: those the coder attaches to its
 * mentions here, or, for a mention the probe did not code, every expression inside it.
 */
export function ownTimexes(
  e: EventRecord,
  docId: string,
  timexes: readonly TimexRecord[],
  attached: Map<string, Set<string>>,
): TimexRecord[] {
  const mine = e.mentions.filter((m) => m.doc_id === docId);
  return timexes.filter((t) =>
    mine.some((m) => {
      if (t.start < m.start || t.end > m.end) return false;
      const spans = attached.get(mentionKey(m));
      return spans === undefined || spans.has(`${t.start}:${t.end}`);
    }),
  );
}
