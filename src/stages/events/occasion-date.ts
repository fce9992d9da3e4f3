import type { AnnotatedDoc } from "../../doc/document.js";
import type { Sentence, TimexMention } from "../../doc/layers.js";
import { redated } from "../../model/record-with.js";
import type { EventRecord } from "../../model/records.js";
import { timexForTrigger } from "../dates/index.js";
import { eventDate } from "./event-date.js";

/** The occasion an article's lead dates: who spoke on it, in which sentence, and when. */
export interface Occasion {
  speakers: ReadonlySet<string>;
  sentence: number;
  timex: TimexMention;
}

/** Words that tell of someone's remarks on an occasion: the speech verb or the occasion itself. */
const SPEECH =
  /\b(?:said|says|told|tells|stated|declared|spoke|speaking|remarked|commented|interview|speech|press conference|news conference|briefing|remarks)\b/gi;

/** How many sentences (headline and dateline included) make an article's lead. */
const LEAD = 3;

/**
 * `Qin Gang told a broadcaster on Thursday in an interview …`: the occasion of a speaker's remarks
 * that the article's lead dates to the day (a speech verb or occasion noun governed by a time
 * expression, in a sentence whose reported speech has a known speaker). Null when the lead dates none.
 */
export function leadOccasion(
  doc: AnnotatedDoc,
  sentences: readonly Sentence[],
  datable: TimexMention[],
): Occasion | null {
  const quotes = doc.get("quotes");
  for (const s of sentences.filter((x) => !x.furniture).slice(0, LEAD)) {
    const speakers = new Set<string>();
    for (const q of quotes) {
      const id = q.speaker?.actorId;
      if (q.start >= s.start && q.start < s.end && typeof id === "string") speakers.add(id);
    }
    if (speakers.size === 0) continue;
    for (const m of doc.text.slice(s.start, s.end).matchAll(SPEECH)) {
      const start = s.start + (m.index ?? 0);
      const timex = timexForTrigger(datable, { start, end: start + m[0].length }, sentences, doc.text);
      if (timex?.value && timex.precision === "day" && !timex.range) return { speakers, sentence: s.index, timex };
    }
  }
  return null;
}

/**
 * A statement later in the article (`Qin called on the U.S. to …`) that its own clause does not
 * date belongs to the occasion the lead dates when its actor is that occasion's speaker: it takes
 * the occasion's date rather than the publication's. Material acts keep theirs, and so does a
 * statement by anyone else. Null when the record is not such a statement.
 */
export function onOccasion(
  record: EventRecord,
  sentence: number,
  occasion: Occasion | null,
): { record: EventRecord; timex: { start: number; end: number } } | null {
  if (!occasion || sentence <= occasion.sentence || record.date_basis !== "publication") return null;
  if (!record.quad.startsWith("verbal_")) return null;
  if (!record.actors.some((a) => a.actor_id !== null && occasion.speakers.has(a.actor_id))) return null;
  const when = eventDate(occasion.timex, record.status, null);
  return {
    record: redated(record, when, "lead-occasion"),
    timex: { start: occasion.timex.start, end: occasion.timex.end },
  };
}

/**
 * `On Monday morning it was the turn of Wang Yi, who told the secretary … . Wang urged the Americans
 * to …`: a statement the text leaves undated, by a person named in the sentence just before it, in the
 * same paragraph, where that sentence tells of remarks (a speech verb) and is dated to one day and to
 * that day only, continues those remarks and takes their date (`+previous-sentence`). Material acts
 * keep theirs, and so does a statement after a sentence of a trip ("arrived on Monday"). Null otherwise.
 */
export function onPreviousSentence(
  doc: AnnotatedDoc,
  record: EventRecord,
  sentence: number,
  sentences: readonly Sentence[],
  datable: readonly TimexMention[],
): { record: EventRecord; timex: { start: number; end: number } } | null {
  if (record.date_basis !== "publication" || !record.quad.startsWith("verbal_")) return null;
  const here = sentences.find((s) => s.index === sentence);
  const before = sentences.find((s) => s.index === sentence - 1);
  if (!here || !before || before.furniture || /\n/.test(doc.text.slice(before.end, here.start))) return null;
  // the sentence before tells of the person's remarks ("who told the secretary"), not of a trip
  if (!new RegExp(SPEECH.source, "i").test(doc.text.slice(before.start, before.end))) return null;
  const inBefore = (x: { start: number; end: number }) => x.start >= before.start && x.end <= before.end;
  const dates = datable.filter((t) => inBefore(t));
  const timex = dates[0];
  if (dates.length !== 1 || !timex?.value || timex.precision !== "day" || timex.range) return null;
  const named = new Set(
    doc
      .get("entities")
      .filter((e) => e.type === "PERSON" && inBefore(e))
      .map((e) => e.actorId),
  );
  if (!record.actors.some((a) => a.kind === "person" && named.has(a.actor_id))) return null;
  const when = eventDate(timex, record.status, null);
  return { record: redated(record, when, "previous-sentence"), timex };
}

/** Nouns of a meeting the lead of an article may date: `two days of talks on Thursday and Friday`. */
const MEETING_NOUN = /\b(?:talks|meeting|meetings|summit|discussions|negotiations)\b/gi;

/**
 * The meeting the article's lead dates: a meeting noun in its first sentences governed by a time
 * expression of one day or a few (`two days of talks on Thursday and Friday`). Null when it dates none.
 */
export function leadMeeting(
  doc: AnnotatedDoc,
  sentences: readonly Sentence[],
  datable: TimexMention[],
): TimexMention | null {
  for (const s of sentences.filter((x) => !x.furniture).slice(0, LEAD)) {
    for (const m of doc.text.slice(s.start, s.end).matchAll(MEETING_NOUN)) {
      const start = s.start + (m.index ?? 0);
      const timex = timexForTrigger(datable, { start, end: start + m[0].length }, sentences, doc.text);
      if (timex?.value && (timex.precision === "day" || timex.range)) return timex;
    }
  }
  return null;
}

/**
 * `… sat across the table from Yang Jiechi`, a meeting the text leaves undated, in an article whose
 * lead dates the talks it reports: the meeting is those talks and takes their date (`+lead-meeting`).
 * Only a meeting (CONSULT, not a visit) reported after the lead. Null otherwise.
 */
export function onLeadMeeting(
  record: EventRecord,
  timex: TimexMention | null,
): { record: EventRecord; timex: { start: number; end: number } } | null {
  if (!timex || record.event_type !== "CONSULT" || record.mode === "visit") return null;
  if (record.date_basis !== "publication" || record.status !== "reported") return null;
  const when = eventDate(timex, record.status, null);
  return { record: redated(record, when, "lead-meeting"), timex };
}
