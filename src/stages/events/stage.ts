import { mergeKey } from "../../corpus/merge-key.js";
import { type DocEvent, mentionKey, type Token } from "../../doc/layers.js";
import { recordWith } from "../../model/record-with.js";
import type { EventRecord } from "../../model/records.js";
import type { Stage } from "../../pipeline/stage.js";
import { TOPIC_VERB } from "./arguments.js";
import { type CodedHit, codeHit, type SentenceScope } from "./code-hit.js";
import { onWhenField, whenField } from "./field-date.js";
import { findTriggers, triggerHit } from "./find-triggers.js";
import { asUltimatum } from "./intent.js";
import { isPlacePhrase } from "./location.js";
import { atMeeting, BACK_REFERENCE, isMeeting, type Meeting, PLUPERFECT } from "./meeting-date.js";
import { isNominal } from "./nominal.js";
import { liftedObject } from "./object-type.js";
import { leadMeeting, leadOccasion, onLeadMeeting, onOccasion, onPreviousSentence } from "./occasion-date.js";
import { participantsOf } from "./participants.js";
import { mainSubject } from "./participle-subject.js";
import { sinceWhen } from "./since-when.js";
import { rowWith } from "./trigger-index.js";
import { byStart, within } from "./within.js";

/**
 * PLOVER events from trigger words with their actors, status, date and place. Page furniture is
 * never coded; an event needs an actor; each event keeps the sentence and rule that produced it, and
 * mentions of the same event in one article merge into one record.
 */
export const eventsStage: Stage = {
  name: "events",
  requires: ["sentences", "tokens", "entities", "coref", "timexes", "quotes"],
  provides: ["events"],
  run(doc, ctx) {
    const tokens = doc.get("tokens");
    const sentences = doc.get("sentences");
    const entities = doc.get("entities");
    // "the first visit since 2018": a date after `since` or `until` bounds a span; it does not date the event.
    const timexes = doc.get("timexes");
    const datable = timexes.filter(
      (x) => !/\b(?:since|until|till|before)\s+$/i.test(doc.text.slice(Math.max(0, x.start - 7), x.start)),
    );
    const ordered = byStart(entities);
    const byKey = new Map<string, DocEvent>();
    const occasion = leadOccasion(doc, sentences, datable);
    const meetings: Meeting[] = [];
    const fields = whenField(sentences, datable, doc.text);
    const talks = leadMeeting(doc, sentences, datable);
    let t = 0;
    for (const sentence of sentences) {
      const from = t;
      while (t < tokens.length && (tokens[t] as Token).sentence === sentence.index) t++;
      if (sentence.furniture || t === from) continue;
      const inSentence = within(entities, ordered, sentence);
      const participants = participantsOf(inSentence, doc.text).filter(
        (e) => !isPlacePhrase(e, doc.text, sentence.start) || e.type === "PERSON",
      );
      // `previous` from the start, not added at the first trigger: the scope keeps one hidden class
      const scope: SentenceScope = {
        sentence,
        from,
        tokens,
        entities,
        inSentence,
        participants,
        datable,
        sentences,
        previous: null,
      };
      let previousVerbEnd: number | null = null;
      let topicVerbEnd: number | null = null;
      let previousEnd: number | null = null;
      let previousCoded: EventRecord | null = null;
      // the last event a finite verb (not a noun) gave: whose subject a participle clause shares
      let mainCoded: EventRecord | null = null;
      const hits = findTriggers(tokens, from, t, ctx.triggers);
      for (const [i, hit] of hits.entries()) {
        const first = tokens[hit.first] as Token;
        const nominal = isNominal(hit.row, tokens, hit.first);
        // "cancelled his planned visit", "invited Qin to Washington for a visit": the noun is the verb's object.
        const prior = hits[i - 1];
        const objectOfVerb =
          (previousVerbEnd !== null && nominal && !/[,;]/.test(doc.text.slice(previousVerbEnd, first.start))) ||
          // "discussed North Korea, Taiwan and attacks on shipping": a listed topic, however long the list.
          (topicVerbEnd !== null && nominal && !/[;:]|\bbut\b/.test(doc.text.slice(topicVerbEnd, first.start))) ||
          (prior !== undefined && liftedObject(prior.row, prior.last, tokens, hit.first));
        // "agreed to set up", "demanded that Y cancel": the complement is the earlier trigger's content.
        const complement = previousEnd !== null && COMPLEMENT.test(doc.text.slice(previousEnd, first.start));
        // "…blocked roads, demanding that …": a participle clause after the main verb weighs less too.
        const participle =
          previousEnd !== null && /,\s*$/.test(doc.text.slice(previousEnd, first.start)) && /ing$/.test(first.lower);
        // "X eased its measures, as authorities in Y cracked down": an adverbial clause after the main verb.
        const subordinate = previousEnd !== null && SUBORDINATE.test(doc.text.slice(previousEnd, first.start));
        if (!nominal) {
          previousVerbEnd = (tokens[hit.last] as Token).end;
          topicVerbEnd = TOPIC_VERB.test(first.lower) ? previousVerbEnd : null;
        }
        previousEnd = (tokens[hit.last] as Token).end;
        if (objectOfVerb) {
          scope.previous = hit;
          continue;
        }
        const next = hits[i + 1];
        // "is prepared to impose martial law": readiness to coerce is a threat of it, not an AGREE.
        const readyToCoerce =
          READINESS.test(hit.row.id) &&
          next !== undefined &&
          CONFLICT.has(next.row.type) &&
          /^\s+(?:[\p{L}-]+\s+){0,3}$/u.test(
            doc.text.slice((tokens[hit.last] as Token).end, (tokens[next.first] as Token).start),
          );
        const threat = readyToCoerce ? asUltimatum(next.row) : null;
        const coded = threat
          ? triggerHit(
              rowWith(hit.row, { type: threat.type, mode: threat.mode, cameo: threat.cameo }),
              hit.first,
              hit.last,
            )
          : hit;
        const result = codeHit(doc, ctx, coded, scope, nominal);
        scope.previous = hit;
        if (!result) continue;
        // "Qin called on the U.S. to …", undated, after a lead that dates Qin's interview: its date;
        // "Wang told Blinken …", undated, after the article dated their talks: the talks' date.
        const backReference = nominal && BACK_REFERENCE.test(doc.text.slice(Math.max(0, first.start - 8), first.start));
        // "since November 2022, when Austin met Wei": that date, a past the story looks back on
        const past = sinceWhen(result.record, first.start, sentence.start, timexes, doc.text);
        const lead =
          past ??
          onWhenField(result.record, sentence.index, fields) ??
          onOccasion(result.record, sentence.index, occasion);
        const said = lead ? null : atMeeting(result.record, meetings, backReference);
        const { record: dated, timex } =
          lead ??
          said ??
          onPreviousSentence(doc, result.record, sentence.index, sentences, datable) ??
          onLeadMeeting(result.record, talks) ??
          result;
        // "…, warning that …": the participle's subject is the main clause's
        const record: EventRecord = participle && mainCoded ? mainSubject(dated, mainCoded) : dated;
        if (!past && isMeeting(record) && !PLUPERFECT.test(doc.text.slice(sentence.start, first.start)))
          meetings.push({ record, timex });
        // "during those meetings": the meeting told again joins its record rather than making another
        const again = said && record.event_type === "CONSULT" ? mergeKey(said.at.record) : undefined;
        // The sentence's main event is its finite verb's: a complement of that verb weighs less.
        const penalty = complement || participle || subordinate ? 0.2 : 0;
        const weighed = recordWith(record, { confidence: Math.round((record.confidence - penalty) * 100) / 100 });
        const joined = complement ? governedBy(previousCoded, weighed) : null;
        addEvent(byKey, weighed, timex, joined ?? again);
        if (joined === null) previousCoded = record;
        if (joined === null && !nominal) mainCoded = record;
      }
    }
    doc.set("events", [...byKey.values()]);
  },
};

/** Rows of willingness (`is ready to`, `expressed readiness`) whose complement says what the actor is ready for. */
const READINESS = /^agree\.(?:ready|willing)\./;
/** Types whose announced readiness is a threat, not an agreement. */
const CONFLICT = new Set(["ASSAULT", "COERCE", "SANCTION", "THREATEN"]);

/**
 * The words between a trigger and a trigger of its complement: ` to `, ` in principle to impose `,
 * ` that the US `, ` its demand today that Israel `.
 */
const COMPLEMENT =
  /^\s+(?:(?:[\p{L}-]+\s+){0,3}?to\s+(?:[\p{L}-]+\s+){0,2}?|(?:[\p{L}-]+\s+){0,3}?that\s+(?:[\p{L}.'’-]+\s+){0,6}?)$/iu;

/**
 * The words between a trigger and a later one that open an adverbial clause: `, as authorities in
 * Croatia `, ` while police `, ` after the army `.
 */
const SUBORDINATE =
  /(?:^|[\s,])(?:as|while|whereas|although|though|because|after|before|when|until)\s+(?!well\b|part\b|a\s+result\b)[^,;]*$/i;

/**
 * `vowed to keep negotiating`, `agreed to hold talks`: an AGREE in the complement of another AGREE
 * with the same sides is what that one agrees to, a single event, though one is an agreement to meet.
 * Returns the governing event's key, the one the complement joins, or null.
 */
function governedBy(governing: EventRecord | null, record: EventRecord): string | null {
  if (!governing) return null;
  const key = mergeKey(governing);
  return mergeKey(recordWith(record, { cameo: governing.cameo })) === key ? key : null;
}

/** One event per type, participants, date and status within an article; later mentions join it. */
function addEvent(
  byKey: Map<string, DocEvent>,
  record: EventRecord,
  timex: CodedHit["timex"],
  key = mergeKey(record),
): void {
  const existing = byKey.get(key);
  const governing: Record<string, string | null> = { ...existing?.governing };
  for (const m of record.mentions) governing[mentionKey(m)] = timex && `${timex.start}:${timex.end}`;
  if (!existing) {
    byKey.set(key, { key, record, governing });
    return;
  }
  const merged = existing.record;
  byKey.set(key, {
    key,
    record: recordWith(merged, {
      confidence: Math.max(merged.confidence, record.confidence),
      location: merged.location ?? record.location,
      mentions: [...merged.mentions, ...record.mentions],
    }),
    governing,
  });
}
