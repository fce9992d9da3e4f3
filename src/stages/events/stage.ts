import type { DocEvent, EntityMention, Sentence, Token } from "../../doc/layers.js";
import type { EventRecord } from "../../model/records.js";
import type { Stage } from "../../pipeline/stage.js";
import { timexForTrigger } from "../dates/index.js";
import { mergeKey } from "../../corpus/merge-key.js";
import { readArguments } from "./arguments.js";
import { describeActor } from "./describe-actor.js";
import { eventDate } from "./event-date.js";
import { findTriggers } from "./find-triggers.js";
import { findLocation, isPlacePhrase } from "./location.js";
import { statusOf } from "./modality.js";
import { participantsOf } from "./participants.js";
import { scoreEvent } from "./scoring.js";
import { resolvePronounSubject } from "./pronouns.js";

/**
 * PLOVER events from trigger words with their actors, status, date and place. Page furniture is
 * never coded; an event needs an actor; each event keeps the sentence and rule that produced it, and
 * mentions of the same event in one article merge into one record.
 */
export const eventsStage: Stage = {
  name: "events",
  requires: ["sentences", "tokens", "entities", "timexes", "quotes"],
  provides: ["events"],
  run(doc, ctx) {
    const tokens = doc.get("tokens");
    const sentences = doc.get("sentences");
    const entities = doc.get("entities");
    const timexes = doc.get("timexes");
    const byKey = new Map<string, DocEvent>();
    let t = 0;
    for (const sentence of sentences) {
      const from = t;
      while (t < tokens.length && (tokens[t] as Token).sentence === sentence.index) t++;
      if (sentence.furniture || t === from) continue;
      const inSentence = entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
      const participants = participantsOf(inSentence, doc.text).filter((e) => !isPlacePhrase(e, doc.text) || e.type === "PERSON");
      let previous: { end: number } | null = null;
      for (const hit of findTriggers(tokens, from, t, ctx.triggers)) {
        const first = tokens[hit.first] as Token;
        const last = tokens[hit.last] as Token;
        // "cancelled his planned visit", "invited Qin to Washington for a visit": the noun is the verb's object.
        const nominal = isNominal(hit.row, tokens, hit.first);
        const objectOfPrevious = previous !== null && nominal && !/[,;]/.test(doc.text.slice(previous.end, first.start));
        if (!nominal) previous = { end: last.end };
        if (objectOfPrevious) continue;
        const args = readArguments(hit.row, tokens, hit.first, hit.last, participants, doc.text, nominal);
        if (args.actors.length === 0) {
          // Blinken tweeted: "Spoke by phone with Qin Gang…": inside a quote the speaker is the subject.
          const quote = doc.get("quotes").find((q) => q.start <= first.start && last.end <= q.end && q.speaker?.actorId && speakerIsSubject(tokens, q.start, hit.first));
          if (quote?.speaker) {
            args.actors = [quote.speaker];
            args.rule = "args.quote-speaker";
          }
        }
        if (args.actors.length === 0) {
          const pronoun = resolvePronounSubject(tokens, from, hit.first, entities, sentence);
          if (pronoun) args.actors = [pronoun];
        }
        if (args.actors.length === 0) {
          doc.report({ stage: "events", rule: hit.row.id, reason: `"${doc.slice({ start: first.start, end: last.end })}" looks like a ${hit.row.type} event but no actor was found`, start: sentence.start, end: sentence.end });
          continue;
        }
        if (hit.row.frame === "mutual" && args.actors.length + args.recipients.length < 2) {
          doc.report({ stage: "events", rule: hit.row.id, reason: `"${doc.slice({ start: first.start, end: last.end })}" names only one side of a meeting; not coded`, start: sentence.start, end: sentence.end });
          continue;
        }
        const status = hit.row.status ?? statusOf(tokens, hit.first, from);
        const timex = timexForTrigger(timexes, { start: first.start, end: last.end }, sentences, doc.text);
        const when = eventDate(timex, status, ctx.publishedAt);
        const roleDate = when.date ?? ctx.publishedAt;
        const record: EventRecord = {
          id: "",
          event_type: hit.row.type,
          mode: hit.row.mode,
          context: [],
          actors: args.actors.map((a) => describeActor(a, ctx.kb, roleDate)),
          recipients: args.recipients.filter((r) => !args.actors.some((a) => a.actorId === r.actorId)).map((r) => describeActor(r, ctx.kb, roleDate)),
          ...when,
          status,
          location: findLocation(inSentence, first.start, last.end, doc.text, ctx.kb),
          ...scoreEvent(hit.row),
          confidence: confidenceOf(args.actors, args.recipients, timex !== null),
          doc_count: 1,
          mentions: [{ doc_id: ctx.docId, sentence: sentence.index, start: sentence.start, end: sentence.end, text: doc.slice(sentence), rule: `${hit.row.id}+${args.rule}` }],
        };
        addEvent(byKey, record);
      }
    }
    doc.set("events", [...byKey.values()]);
  },
};

const DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "'s", "’s", "this", "that", "planned", "official", "state", "return", "first", "recent", "upcoming", "farewell"]);

/** A form read as a noun: its row says so, or a determiner or possessive stands before it (`a visit`, `Blinken's visit`). */
function isNominal(row: { pos: string }, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  return row.pos === "noun" || DETERMINERS.has(before) || /^['’]s$/.test(tokens[first - 2]?.lower ?? "");
}

/** In `"Spoke by phone with Qin…"` or `"We discussed…"` the speaker is the subject; in `"Many people oppose…"` not. */
function speakerIsSubject(tokens: readonly Token[], quoteStart: number, triggerFirst: number): boolean {
  let k = triggerFirst - 1;
  let words = 0;
  while (k >= 0 && (tokens[k] as Token).start >= quoteStart) {
    const w = (tokens[k] as Token).lower;
    if (w === "i" || w === "we") return true;
    if ((tokens[k] as Token).kind === "word") words++;
    k--;
  }
  return words === 0;
}

function confidenceOf(actors: EntityMention[], recipients: EntityMention[], dated: boolean): number {
  let c = 0.4;
  if (actors.some((a) => a.type === "PERSON" || a.type === "GPE" || a.type === "ORG")) c += 0.2;
  if (recipients.length > 0) c += 0.2;
  if (dated) c += 0.1;
  return Math.round(c * 100) / 100;
}

/** One event per type, participants, date and status within an article; later mentions join it. */
function addEvent(byKey: Map<string, DocEvent>, record: EventRecord): void {
  const key = mergeKey(record);
  const existing = byKey.get(key);
  if (!existing) {
    byKey.set(key, { key, record });
    return;
  }
  const merged = existing.record;
  byKey.set(key, {
    key,
    record: {
      ...merged,
      confidence: Math.max(merged.confidence, record.confidence),
      location: merged.location ?? record.location,
      mentions: [...merged.mentions, ...record.mentions],
    },
  });
}

export type { Sentence };
