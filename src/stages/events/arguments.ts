import type { EntityMention, Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import { ledBy } from "./led-by.js";
import { COORDINATION, coordinatedBefore, isPassive } from "./participants.js";
import { relativeAgent } from "./relative-agent.js";

/**
 * Who acts and who receives, and the rule that found them. Built as a literal in this field order
 * everywhere, never spread: one hidden class for the argument readers (docs/performance.md).
 */
export interface Arguments {
  actors: EntityMention[];
  recipients: EntityMention[];
  rule: string;
}

/** Words between a trigger and a participant that end the trigger's clause (`, which`, `; `, ` that `). */
export function reachable(gap: string): boolean {
  if (gap.length > 200) return false;
  return !/[;:]|,\s*(?:which|who|while|but|and|as|after|before|when|where)\b|\b(?:that|which|who|because|although|while|since|as)\b/i.test(
    gap,
  );
}

/** A noun, then a subject pronoun: "the deal they signed", not "fight until they win", "said he". */
const REDUCED_RELATIVE =
  /\b(?!(?:until|till|when|after|before|if|as|because|since|once|unless|where|while|and|or|but|so|then|that|said|says|say|told|tell|thinks?|believes?)\b)\p{Ll}[\p{L}-]*\s+(?:he|she|they|we)\b/u;

/**
 * `reachable`, for words after a trigger: a noun followed by a subject pronoun opens a relative clause
 * ("agreed to honour the understandings he and Biden reached in Bali"), whose names are not the trigger's.
 */
export function reachableAfter(gap: string): boolean {
  return reachable(gap) && !REDUCED_RELATIVE.test(gap);
}

/** Speaking events a body can host: `a talk hosted by`, `a lecture organised by`. */
const HOSTED_TALK =
  /\b(?:talk|speech|lecture|address|seminar|panel|symposium|webinar|forum|event|luncheon|breakfast|gala)\s+$/i;

/** A determiner or preposition right before a trigger: the form stands as a noun (`to sanctions`, `the tariffs`). */
const NOUN_USE = /\b(?:to|the|new|its|their|of|against|about|over|on)\s+$/i;

/** Types whose object can be a measure someone else took: `objected to`, `rejected`, `condemned`. */
const OBJECTION = new Set(["ACCUSE", "REJECT"]);
/** A measure noun and what it applies to: ` to sanctions on `, ` the new export controls against `. */
const MEASURE_ON = /^\s+(?:to\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:on|against)\s/iu;

/** Words between a verb and its object: none but a title (`met Foreign Minister Wang Yi`). */
const DIRECT_OBJECT = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/** The words between a nominal trigger and a participant of the noun's own phrase: ` to `, ` with the `. */
const OF_THE_NOUN = /^\s+(?:to|with|in|by|of|from|for|against|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/** A relative clause set off by commas that closes right before the trigger: `, who is also director of …, `. */
const NONRESTRICTIVE = /,\s*who\s[^;:,]{1,150},\s*$/;

/** Verbs whose object is a topic, not a partner. */
export const TOPIC_VERB = /^discuss/;

/** `condolences on the death of Li Keqiang`: the dead are mourned, not addressed. */
const MOURNED = /\b(?:death|passing|funeral|memory)\s+of\s+(?:[\p{L}'’.-]+\s+){0,4}$/iu;

/**
 * `Dong's predecessor`, `Xi's envoy`: a person before a noun of another person names that other
 * person, not himself, so he is on neither side of the event. (`China's envoy` still speaks for China.)
 */
const ANOTHER_PERSON =
  /^['’]s\s+(?:[\p{L}-]+\s+)?(?:predecessors?|successors?|wife|husband|spouse|son|daughter|deput(?:y|ies)|envoys?|emissar(?:y|ies)|spokes(?:man|woman|person)|aides?|advis[eo]rs?|counterparts?|lawyers?|representatives?)(?:-but-one)?\b/iu;

/** `a delegation to the United States`, `talks with China`: a participant after a preposition is no subject. */
function governedByPreposition(p: EntityMention, text: string): boolean {
  const before = text.slice(Math.max(0, p.start - 16), p.start);
  // "Thousands of Nigerians marched": a quantity before `of` leaves the people the subject.
  if (/\b(?:thousands|hundreds|dozens|scores|millions|tens)\s+of\s+$/i.test(before)) return false;
  return /\b(?:to|with|from|against|for|of|by|on|at|in|into|between|among|toward|towards|across|over|throughout|within|inside|about|under|through)\s+(?:the\s+)?$/i.test(
    before,
  );
}

/** `Wang, also member of the Political Bureau of the CPC, is on a visit`: the aside names no subject. */
function inApposition(p: EntityMention, all: readonly EntityMention[], triggerStart: number, text: string): boolean {
  const before = text.lastIndexOf(",", p.start);
  const after = text.indexOf(",", p.end);
  if (before === -1 || after === -1 || after > triggerStart) return false;
  return all.some((q) => q.end <= before && /^\s*$/.test(text.slice(q.end, before)));
}

function possessorGap(gap: string): boolean {
  return /^['’]s\s+(?:(?:[\p{L}-]+\s+){0,2})$/u.test(gap) && gap.length < 40;
}

/** `Blinken's` right before a nominal trigger, possibly with a place or country between (`Blinken's China visit`). */
function possessor(triggerStart: number, left: readonly EntityMention[], text: string): EntityMention | null {
  for (let i = left.length - 1; i >= 0 && i >= left.length - 2; i--) {
    const p = left[i] as EntityMention;
    const gap = text.slice(p.end, triggerStart);
    if (possessorGap(gap)) return p;
  }
  return null;
}

/** The group starting at `e` and the entities joined to it by `and` / commas on its right. */
function coordinatedAfter(e: EntityMention, list: readonly EntityMention[], text: string): EntityMention[] {
  const group = [e];
  let current = e;
  for (let i = list.indexOf(e) + 1; i < list.length; i++) {
    const right = list[i] as EntityMention;
    const gap = text.slice(current.end, right.start);
    if (!COORDINATION.test(gap) || gap.length > 60) break;
    group.push(right);
    current = right;
  }
  return group;
}

/**
 * Reads who acts on whom from the clause around a trigger, without a parser:
 * `X met Y`, `X and Y held talks`, `talks between X and Y`, `Y was shot down by X`, `X's visit to Y`,
 * `X hosted Y` (visitor acts, host receives), `a phone call with Y …, X wrote`.
 */
export function readArguments(
  row: TriggerRow,
  tokens: readonly Token[],
  first: number,
  last: number,
  participants: readonly EntityMention[],
  text: string,
  nominal: boolean,
): Arguments {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const own = participants.filter((p) => p.type !== "PERSON" || !ANOTHER_PERSON.test(text.slice(p.end, p.end + 48)));
  // "Wang, who is also director of the Office, held talks": the subject stands before the aside, and
  // the names inside it are not the trigger's
  const aside = NONRESTRICTIVE.exec(text.slice(Math.max(0, start - 200), start));
  const subjectEnd = aside ? start - (Math.min(start, 200) - aside.index) : start;
  const left = own.filter(
    (p) =>
      p.end <= subjectEnd &&
      !inApposition(p, participants, subjectEnd, text) &&
      !governedByPreposition(p, text) &&
      (!/^['’]s\b/.test(text.slice(p.end, p.end + 2)) || possessorGap(text.slice(p.end, start))) &&
      reachable(text.slice(p.end, subjectEnd)),
  );
  const topical = !nominal && TOPIC_VERB.test((tokens[first] as Token).lower);
  const right = own.filter(
    (p) =>
      p.start >= end &&
      reachableAfter(text.slice(end, p.start)) &&
      !MOURNED.test(text.slice(Math.max(end, p.start - 60), p.start)) &&
      // "discussed Syria with Wang Yi": what is discussed is a topic; only "with …" names the partner
      (!topical || /\bwith\b/i.test(text.slice(end, p.start))),
  );
  const nearestLeft = left[left.length - 1];
  const firstRight = right[0];
  const rightGroup = firstRight ? coordinatedAfter(firstRight, right, text) : [];
  const leftGroup = nearestLeft ? coordinatedBefore(nearestLeft, left, text) : [];

  const byIndex = right.findIndex((p) => /\bby\s+(?:the\s+|a\s+|an\s+)?[\p{L}\s-]*$/u.test(text.slice(end, p.start)));
  // "was shot down by X", and the reduced relative "a talk hosted by X".
  const passive = isPassive(tokens, first) || tokens[last + 1]?.lower === "by";
  if (passive && byIndex >= 0) {
    const agent = coordinatedAfter(right[byIndex] as EntityMention, right, text);
    if (row.frame === "host") {
      const talk = HOSTED_TALK.test(text.slice(Math.max(0, start - 24), start)) && agent.every((a) => a.type === "ORG");
      // "At a dinner hosted by the prime minister, Liu said…": the host receives, the guest acts.
      const guest =
        leftGroup.length > 0
          ? leftGroup
          : participants
              .filter((p) => p.type === "PERSON" && p.start > (agent[agent.length - 1] as EntityMention).end)
              .slice(0, 1);
      // "a talk hosted by a think tank": the speaker's exchange with a body that lends its stage, not a
      // visit to it (events/code-hit.ts drops the mode); a state or a person hosting is still visited
      return { actors: guest, recipients: agent, rule: talk ? "args.hosted-talk" : "args.passive-host" };
    }
    return { actors: agent, recipients: leftGroup, rule: "args.passive-by" };
  }
  if (
    (row.passive_ok || row.frame === "directed") &&
    isPassive(tokens, first) &&
    !/ing$/.test((tokens[first] as Token).lower)
  ) {
    // "A Ukrainian drone was shot down over Crimea": the subject is acted on and no agent is named.
    return { actors: [], recipients: leftGroup, rule: "args.passive-no-agent" };
  }
  if (row.frame === "host") {
    return { actors: rightGroup, recipients: leftGroup, rule: "args.host" };
  }
  const between = /^\s*(?:between|among)\b/i.test(text.slice(end, firstRight?.start ?? end));
  if (between && rightGroup.length >= 2) return { actors: rightGroup, recipients: [], rule: "args.between" };
  // "the export controls that the United States unveiled", "objected to sanctions … that Washington
  // had announced" (a verb's form used as a noun): the clause names who put the measure in place
  if (nominal || NOUN_USE.test(text.slice(Math.max(0, start - 12), start))) {
    const put = relativeAgent(
      end,
      own.filter((p) => p.start >= end),
      text,
    );
    if (put) return { actors: put.actors, recipients: put.recipients, rule: "args.relative-agent" };
  }
  if (nominal) {
    const owner = possessor(start, left, text);
    if (owner) {
      // "Blinken's China visit", "Xi's talks with Biden": the possessor acts.
      const before = left.find((p) => p.start >= owner.end && p.end <= start);
      // "Wang's visit to Washington", not "Wang's visit followed trips to China": only a phrase of the
      // noun itself names whom it was with or where it went
      const own = firstRight && OF_THE_NOUN.test(text.slice(end, firstRight.start)) ? rightGroup : [];
      const recipients = before ? [before] : own;
      return { actors: [owner], recipients, rule: "args.possessive" };
    }
  }
  // "objected to sanctions on Hong Kong officials that Washington had announced": the objection is to
  // whoever put the measure in place, not to those it applies to
  if (OBJECTION.has(row.type) && firstRight && MEASURE_ON.test(text.slice(end, firstRight.start))) {
    const put = relativeAgent(
      end,
      own.filter((p) => p.start >= end),
      text,
    );
    if (put) return { actors: leftGroup, recipients: put.actors, rule: "args.measure-agent" };
  }
  if (leftGroup.length === 0 && rightGroup.length > 0) {
    // "In a phone call with Blinken on Sunday, Qin wrote…": the subject comes after the framing phrase.
    const after = participants.filter(
      (p) => p.start >= (rightGroup[rightGroup.length - 1] as EntityMention).end && /,/.test(text.slice(end, p.start)),
    );
    const subject = after.find((p) => p.type === "PERSON") ?? after[0];
    // the framing phrase names its partner straight after the noun ("a call with Blinken, …"); "The
    // visit, agreed by Biden and Xi, …" is an apposition, and whoever comes after it did not visit
    const framed = !/,/.test(text.slice(end, firstRight?.start ?? end));
    if (subject && nominal && framed) {
      return { actors: [subject], recipients: rightGroup, rule: "args.fronted-noun" };
    }
    return { actors: [], recipients: rightGroup, rule: "args.no-subject" };
  }
  // "Blinken and Sullivan sat across the table from Yang Jiechi": a verb's direct object is the other side
  const direct = !nominal && rightGroup.length > 0 && DIRECT_OBJECT.test(text.slice(end, firstRight?.start ?? end));
  if (row.frame === "mutual" && leftGroup.length >= 2 && direct && row.id === "consult.spoke-with.verb") {
    return { actors: leftGroup, recipients: rightGroup.slice(0, 3), rule: "args.subject-object" };
  }
  if (row.frame === "mutual" && leftGroup.length >= 2) {
    // "Biden and Xi held a call …": when no side hosts, every participant acts and none receives.
    return { actors: leftGroup, recipients: [], rule: "args.joint-subject" };
  }
  const recipients = ledBy(rightGroup.slice(0, 3), own, text);
  return { actors: leftGroup, recipients, rule: "args.subject-object" };
}
