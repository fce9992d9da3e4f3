import type { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention, Sentence, TimexMention, Token } from "../../doc/layers.js";
import { dropCoveredCountries } from "../../model/covered.js";
import type { EventRecord } from "../../model/records.js";
import type { RunContext } from "../../pipeline/stage.js";
import { inTemporalAside, timexForTrigger } from "../dates/index.js";
import type { Arguments } from "./arguments.js";
import { clauseArguments } from "./clause-arguments.js";
import { dativeObject } from "./dative.js";
import { describeActor } from "./describe-actor.js";
import { eventDate } from "./event-date.js";
import type { TriggerHit } from "./find-triggers.js";
import { implyCountry, residenceOf, soleCountry } from "./implied-country.js";
import { asIntent, asRefusal, asUltimatum, conditionalThreat, statesIntent } from "./intent.js";
import { findLocation, visitedPlace } from "./location.js";
import { statusOf } from "./modality.js";
import { bindsItself } from "./nominal.js";
import { typeByObject } from "./object-type.js";
import { placeTarget } from "./place-target.js";
import { repeated } from "./repeated.js";
import { scoreEvent } from "./scoring.js";

/** What the events stage knows about the sentence a trigger sits in. */
export interface SentenceScope {
  sentence: Sentence;
  /** Index of the sentence's first token. */
  from: number;
  tokens: readonly Token[];
  entities: readonly EntityMention[];
  inSentence: readonly EntityMention[];
  participants: readonly EntityMention[];
  datable: TimexMention[];
  sentences: readonly Sentence[];
  /** The trigger before the one being coded in this sentence, if any: the clause a participle hangs on. */
  previous?: TriggerHit | null;
}

function confidenceOf(args: Arguments, dated: boolean): number {
  let c = 0.4;
  if (args.actors.some((a) => a.type !== "TITLE")) c += 0.2;
  if (args.recipients.length > 0) c += 0.2;
  if (dated) c += 0.1;
  return Math.round(c * 100) / 100;
}

/**
 * Codes one trigger into an event, or explains in a message why it could not be coded. Returns null
 * for a nominal back-reference (`the visit would help`), which names no new event.
 */
/** A coded event and the time expression that governs its trigger (null: none; the date is the publication's or unknown). */
export interface CodedHit {
  record: EventRecord;
  timex: { start: number; end: number } | null;
}

export function codeHit(
  doc: AnnotatedDoc,
  ctx: RunContext,
  hit: TriggerHit,
  scope: SentenceScope,
  nominal: boolean,
): CodedHit | null {
  const { tokens, sentence } = scope;
  const first = tokens[hit.first] as Token;
  const last = tokens[hit.last] as Token;
  const trigger = doc.slice({ start: first.start, end: last.end });
  const found = clauseArguments(doc, hit, scope, nominal);
  if (!found) return null;
  const args = nominal ? dativeObject(found, scope.participants, doc.text) : found;
  const report = (reason: string) =>
    doc.report({ stage: "events", rule: hit.row.id, reason, start: sentence.start, end: sentence.end });
  // "Three civilians were killed in a bombing": PLOVER codes the victims of an attack though no attacker is named.
  const victimsOnly = hit.row.type === "ASSAULT" && args.rule === "args.passive-no-agent" && args.recipients.length > 0;
  if (args.actors.length === 0 && !victimsOnly) {
    report(`"${trigger}" looks like a ${hit.row.type} event but no actor was found`);
    return null;
  }
  const typed = typeByObject(hit.row, tokens, hit.last, args.actors);
  // a talk a body hosts: talks with that body, not a visit hosted by it (CAMEO 040 for 043)
  const own = args.rule === "args.hosted-talk" ? { ...typed, mode: null, cameo: "040" } : typed;
  const sides = new Set([...args.actors, ...args.recipients].map((e) => e.actorId));
  if (
    (own.frame === "mutual" || own.frame === "host") &&
    sides.size < 2 &&
    !(own.type === "AGREE" && bindsItself(tokens, hit.last))
  ) {
    report(`"${trigger}" names only one side of a meeting; not coded`);
    return null;
  }
  const stated = own.status ?? statusOf(tokens, hit.first, scope.from);
  const modal = !own.status && statesIntent(tokens, hit.first, scope.from);
  const refusal = modal && stated === "negated" ? asRefusal(own) : null;
  const after = doc.text.slice(last.end, sentence.end);
  const ultimatum =
    (modal && /\bunless\b/i.test(after)) ||
    (stated !== "negated" && conditionalThreat(own, tokens, hit.first, scope.from, after));
  const status = refusal ? "reported" : stated;
  const row = refusal ?? (ultimatum ? asUltimatum(own) : modal && stated !== "negated" ? asIntent(own) : own);
  // "several meetings with him during my tenure": many events have no one day, and not the article's
  const many = repeated(tokens, hit.first, hit.last, doc.text);
  const governing = timexForTrigger(
    scope.datable,
    { start: first.start, end: last.end },
    [...scope.sentences],
    doc.text,
  );
  const timex = many && governing?.precision === "day" && !governing.range ? null : governing;
  // "after a visit to Taiwan by …": a background event keeps its own date or none, never the article's
  const background = many || inTemporalAside(doc.text, sentence, { start: first.start, end: last.end });
  const when = eventDate(timex, status, ctx.publishedAt, background);
  const roleDate = when.date ?? ctx.publishedAt;
  const actorIds = new Set(args.actors.map((a) => a.actorId));
  const distinct = <T extends { actorId: string | null }>(list: readonly T[]) =>
    list.filter((e, i) => list.findIndex((o) => o.actorId === e.actorId) === i);
  const location =
    findLocation(scope.inSentence, first.start, last.end, doc.text, ctx.kb) ??
    (row.frame === "visit" ? visitedPlace(args.recipients, ctx.kb) : null);
  const implied = soleCountry(scope.inSentence);
  // the states (not their people or firms: `Japanese companies`) that receive the act
  const received = new Set(
    args.recipients.filter((r) => r.type === "GPE" && r.country !== null).map((r) => r.country as string),
  );
  const describe = (e: EntityMention) => {
    const against = actorIds.has(e.actorId) ? received : undefined;
    const actor = implyCountry(describeActor(e, ctx.kb, roleDate), implied, against);
    const home = residenceOf(e, scope.inSentence, doc.text, location?.country ?? null);
    return home ? { ...actor, country: home } : actor;
  };
  const record: EventRecord = {
    id: "",
    event_type: row.type,
    mode: row.mode,
    context: [],
    ...dropCoveredCountries({
      actors: distinct(args.actors).map(describe),
      recipients: placeTarget(
        row,
        distinct(args.recipients)
          .filter((r) => !actorIds.has(r.actorId))
          .map(describe),
        location,
        ctx.kb,
      ),
    }),
    ...when,
    status,
    location,
    ...scoreEvent(row),
    confidence: confidenceOf(args, timex !== null),
    doc_count: 1,
    mentions: [
      {
        doc_id: ctx.docId,
        sentence: sentence.index,
        start: sentence.start,
        end: sentence.end,
        text: doc.slice(sentence),
        rule: `${hit.row.id}+${args.rule}${row === own ? "" : "+intent"}`,
      },
    ],
  };
  if (row.frame === "visit" && goesHome(record)) return null;
  return { record, timex: timex && { start: timex.start, end: timex.end } };
}

/**
 * A visit whose visitors all belong to the one country it goes to is a trip home, no visit between
 * states: "trips to China by …" read with a Chinese minister as the traveller, or an ambassador
 * "back in Beijing for consultations".
 */
function goesHome(record: EventRecord): boolean {
  const [to] = record.recipients;
  if (!to || record.recipients.length > 1 || to.kind !== "country" || to.country === null) return false;
  return record.actors.length > 0 && record.actors.every((a) => a.kind === "person" && a.country === to.country);
}
