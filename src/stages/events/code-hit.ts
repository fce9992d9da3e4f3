import type { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention, Sentence, TimexMention, Token } from "../../doc/layers.js";
import type { EventRecord } from "../../model/records.js";
import type { RunContext } from "../../pipeline/stage.js";
import { timexForTrigger } from "../dates/index.js";
import { thatAddressee } from "./addressee.js";
import { type Arguments, readArguments } from "./arguments.js";
import { describeActor } from "./describe-actor.js";
import { eventDate } from "./event-date.js";
import type { TriggerHit } from "./find-triggers.js";
import { groupSubject } from "./group-subject.js";
import { implyCountry, residenceOf, soleCountry } from "./implied-country.js";
import { asIntent, asRefusal, asUltimatum, statesIntent } from "./intent.js";
import { findLocation, visitedPlace } from "./location.js";
import { statusOf } from "./modality.js";
import { placeTarget } from "./place-target.js";
import { implicitSubject } from "./pronouns.js";
import { addressedBetween, speechVerbBefore } from "./reported-demand.js";
import { scoreEvent } from "./scoring.js";
import { unnamedGroup } from "./unnamed-group.js";

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
}

const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "our",
  "'s",
  "’s",
  "this",
  "that",
  "planned",
  "official",
  "state",
  "return",
  "first",
  "recent",
  "upcoming",
  "farewell",
]);

/** A form read as a noun: its row says so, or a determiner or possessive stands before it (`a visit`, `Blinken's visit`). */
export function isNominal(row: { pos: string }, tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? "";
  return row.pos === "noun" || DETERMINERS.has(before) || /^['’]s$/.test(tokens[first - 2]?.lower ?? "");
}

/** `agreed to reopen`, `agreed that …`: one side commits itself; no second side is needed. */
function bindsItself(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower;
  const after = tokens[last + 2]?.lower ?? "";
  return next === "that" || (next === "to" && !DETERMINERS.has(after) && !/^(?:a|an|the|meet|talks?)$/.test(after));
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
export function codeHit(
  doc: AnnotatedDoc,
  ctx: RunContext,
  hit: TriggerHit,
  scope: SentenceScope,
  nominal: boolean,
): EventRecord | null {
  const { tokens, sentence } = scope;
  const first = tokens[hit.first] as Token;
  const last = tokens[hit.last] as Token;
  const trigger = doc.slice({ start: first.start, end: last.end });
  const anaphoric = nominal && /^(?:the|this|that|such)$/.test(tokens[hit.first - 1]?.lower ?? "");
  // "X said Y must withdraw": the subject of the speech verb acts (see reported-demand.ts).
  const speech = hit.row.speaker_acts ? speechVerbBefore(tokens, hit.first, scope.from) : null;
  if (hit.row.speaker_acts && speech === null) return null;
  const at = speech === null ? hit : { ...hit, first: speech, last: speech };
  let args = readArguments(hit.row, tokens, at.first, at.last, scope.participants, doc.text, nominal);
  if (args.actors.length === 0 && anaphoric) return null;
  if (args.actors.length === 0) args = implicitSubject(doc, at, scope, args);
  if (args.actors.length === 0) args = groupSubject(scope, at.first, doc.text, args);
  // A meeting needs named sides; "Protesters blocked the road" does not.
  if (args.actors.length === 0 && hit.row.frame === "directed") args = unnamedGroup(scope, at.first, doc.text, args);
  if (speech !== null) {
    const told = addressedBetween(args, scope.participants, (tokens[speech] as Token).end, first.start);
    if (!told) return null;
    args = told;
  }
  args = thatAddressee(hit.row, tokens, hit.last, scope.participants, doc.text, args);
  const report = (reason: string) =>
    doc.report({ stage: "events", rule: hit.row.id, reason, start: sentence.start, end: sentence.end });
  // "Three civilians were killed in a bombing": PLOVER codes the victims of an attack though no attacker is named.
  const victimsOnly = hit.row.type === "ASSAULT" && args.rule === "args.passive-no-agent" && args.recipients.length > 0;
  if (args.actors.length === 0 && !victimsOnly) {
    report(`"${trigger}" looks like a ${hit.row.type} event but no actor was found`);
    return null;
  }
  const sides = new Set([...args.actors, ...args.recipients].map((e) => e.actorId));
  if (
    (hit.row.frame === "mutual" || hit.row.frame === "host") &&
    sides.size < 2 &&
    !(hit.row.type === "AGREE" && bindsItself(tokens, hit.last))
  ) {
    report(`"${trigger}" names only one side of a meeting; not coded`);
    return null;
  }
  const stated = hit.row.status ?? statusOf(tokens, hit.first, scope.from);
  const modal = !hit.row.status && statesIntent(tokens, hit.first, scope.from);
  const refusal = modal && stated === "negated" ? asRefusal(hit.row) : null;
  const ultimatum = modal && /\bunless\b/i.test(doc.text.slice(last.end, sentence.end));
  const status = refusal ? "reported" : stated;
  const row =
    refusal ?? (modal && stated !== "negated" ? (ultimatum ? asUltimatum(hit.row) : asIntent(hit.row)) : hit.row);
  const timex = timexForTrigger(scope.datable, { start: first.start, end: last.end }, [...scope.sentences], doc.text);
  const when = eventDate(timex, status, ctx.publishedAt);
  const roleDate = when.date ?? ctx.publishedAt;
  const actorIds = new Set(args.actors.map((a) => a.actorId));
  const distinct = <T extends { actorId: string | null }>(list: readonly T[]) =>
    list.filter((e, i) => list.findIndex((o) => o.actorId === e.actorId) === i);
  const location =
    findLocation(scope.inSentence, first.start, last.end, doc.text, ctx.kb) ??
    (row.frame === "visit" ? visitedPlace(args.recipients, ctx.kb) : null);
  const implied = soleCountry(scope.inSentence);
  const describe = (e: EntityMention) => {
    const actor = implyCountry(describeActor(e, ctx.kb, roleDate), implied);
    const home = residenceOf(e, scope.inSentence, doc.text, location?.country ?? null);
    return home ? { ...actor, country: home } : actor;
  };
  return {
    id: "",
    event_type: row.type,
    mode: row.mode,
    context: [],
    actors: distinct(args.actors).map(describe),
    recipients: placeTarget(
      row,
      distinct(args.recipients)
        .filter((r) => !actorIds.has(r.actorId))
        .map(describe),
      location,
      ctx.kb,
    ),
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
        rule: `${hit.row.id}+${args.rule}${row === hit.row ? "" : "+intent"}`,
      },
    ],
  };
}
