import type { EventActor, EventMention, EventRecord } from "../../model/records.js";
import type { MentionRow, SentenceRow, StoredDocument } from "../../store/store.js";
import type { EvidenceKind, EvidenceSpan } from "../api-types.js";
import { type Found, findPhrase } from "./find-text.js";
import { documentTimexes, namesDate } from "./timexes.js";
import { findTrigger } from "./triggers.js";

/** The stored entity mentions inside a sentence. */
const inside = (mentions: readonly MentionRow[], s: Found) =>
  mentions.filter((m) => m.start >= s.start && m.end <= s.end);

/** A participant's span: its stored mention (the same surface form first), else its surface form in the text. */
function participantSpan(text: string, sentence: Found, local: readonly MentionRow[], actor: EventActor) {
  const own = local.filter((m) => m.actor_id === actor.actor_id);
  const mention = own.find((m) => m.text === actor.text) ?? own[0];
  if (mention) return { start: mention.start, end: mention.end, rule: mention.rule };
  const hit = findPhrase(text, actor.text, sentence.start, sentence.end)[0];
  return hit ? { ...hit, rule: null } : null;
}

/** The location's span: a stored mention with its name, else the name in the text. */
function locationSpan(text: string, sentence: Found, local: readonly MentionRow[], name: string) {
  const mention = local.find((m) => m.text.toLowerCase() === name.toLowerCase());
  if (mention) return { start: mention.start, end: mention.end, rule: mention.rule };
  const hit = findPhrase(text, name, sentence.start, sentence.end)[0];
  return hit ? { ...hit, rule: null } : null;
}

/**
 * The evidence of an event in one document, for highlighting: per mention, the trigger (recovered
 * from the mention's rule; the whole sentence when no form is found), the actors and recipients
 * (stored entity mentions in the sentence), the time expressions that name the event's date, and
 * the location. Sorted by start; a span found twice is listed once.
 *
 * @example evidenceSpans(event, doc, sentences, mentions)
 * // → [{ start: 0, end: 7, kind: "actor", text: "Wang Yi", rule: "entities.kb.name" }, { …, kind: "trigger", text: "met" }, …]
 */
export function evidenceSpans(
  event: EventRecord,
  doc: StoredDocument,
  sentences: readonly SentenceRow[],
  mentions: readonly MentionRow[],
): EvidenceSpan[] {
  const spans = new Map<string, EvidenceSpan>();
  const add = (kind: EvidenceKind, found: (Found & { rule: string | null }) | null) => {
    if (!found || found.end <= found.start) return;
    const key = `${kind}:${found.start}:${found.end}`;
    const span = { start: found.start, end: found.end, kind, text: doc.text.slice(found.start, found.end) };
    if (!spans.has(key)) spans.set(key, { ...span, rule: found.rule });
  };
  const own = event.mentions.filter((m: EventMention) => m.doc_id === doc.doc_id);
  const timexes = event.date && own.length > 0 ? documentTimexes(doc, sentences) : [];
  for (const m of own) {
    const sentence = { start: m.start, end: m.end };
    const local = inside(mentions, sentence);
    add("trigger", { ...(findTrigger(doc.text, m.rule, sentence) ?? sentence), rule: m.rule });
    for (const a of event.actors) add("actor", participantSpan(doc.text, sentence, local, a));
    for (const r of event.recipients) add("recipient", participantSpan(doc.text, sentence, local, r));
    for (const t of timexes) {
      if (event.date && t.start >= m.start && t.end <= m.end && namesDate(t, event.date)) add("date", { ...t });
    }
    if (event.location) add("location", locationSpan(doc.text, sentence, local, event.location.name));
  }
  return [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
