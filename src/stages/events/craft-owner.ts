import type { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention, Sentence, Token } from "../../doc/layers.js";
import type { Arguments } from "./arguments.js";
import type { SentenceScope } from "./code-hit.js";
import type { TriggerHit } from "./find-triggers.js";
import { isPassive } from "./participants.js";

/** Nouns of a craft something can be shot down, seized or intercepted as; the group is its head. */
const CRAFT =
  "(balloon|drone|uav|aircraft|airplane|aeroplane|plane|jet|helicopter|ship|warship|vessel|boat|tanker|trawler|vehicle|submarine|satellite)(?:e?s)?";

/** `the mysterious vehicles`, `these drones`: a definite description of a craft, its head last. */
const DEFINITE = new RegExp(`\\b(?:the|this|that|these|those)\\s+((?:[\\p{L}'’-]+\\s+){0,3}?)${CRAFT}\\b`, "giu");

/** A definite craft right after the trigger: `seized the tanker`. */
const DEFINITE_NEXT = new RegExp(`^\\s+${DEFINITE.source.slice(2)}`, "iu");

/** Any mention of a craft, definite or not. */
const ANY_CRAFT = new RegExp(`\\b${CRAFT}\\b`, "giu");
const A_CRAFT = new RegExp(`\\b${CRAFT}\\b`, "iu");

/** `a balloon belonging to China`, `a drone operated by Iran`: the owner after the craft. */
const OWNED_BY =
  /\b(?:belong(?:s|ed|ing)?\s+to|operated\s+by|owned\s+by|flown\s+by|launched\s+by|registered\s+(?:in|to))\s+(?:the\s+)?$/i;

/** Types whose patient may be a craft: attacks (shot down, downed) and seizures or interceptions. */
const ACTED_ON = new Set(["ASSAULT", "COERCE"]);

interface CraftMention {
  start: number;
  end: number;
  head: string;
}

/**
 * The craft an attack or seizure acts on, when the clause names it as a definite description with
 * no owner of its own: the subject of a passive (`The drone was shot down`) or the object right
 * after an active trigger (`seized the tanker`). Null for an indefinite craft (`another aircraft`).
 */
function patientCraft(doc: AnnotatedDoc, hit: TriggerHit, scope: SentenceScope, passive: boolean): CraftMention | null {
  const start = (scope.tokens[hit.first] as Token).start;
  const end = (scope.tokens[hit.last] as Token).end;
  if (passive) {
    const before = doc.text.slice(scope.sentence.start, start);
    const found = [...before.matchAll(DEFINITE)].pop();
    if (!found || found.index === undefined) return null;
    const at = scope.sentence.start + found.index + found[0].length;
    // "The escort jets watched as an aircraft was shot down": a nearer craft is the one acted on.
    if (A_CRAFT.test(doc.text.slice(at, start))) return null;
    if (found[1] && scope.inSentence.some((e) => e.start >= at - found[0].length && e.end <= at)) return null;
    return { start: at - found[0].length, end: at, head: (found[2] ?? "").toLowerCase() };
  }
  const after = doc.text.slice(end, Math.min(scope.sentence.end, end + 80));
  const found = DEFINITE_NEXT.exec(after);
  if (!found) return null;
  const from = end + (found[0].length - found[0].trimStart().length);
  if (scope.inSentence.some((e) => e.start >= from && e.end <= end + found[0].length)) return null;
  return { start: from, end: end + found[0].length, head: (found[2] ?? "").toLowerCase() };
}

/** The crafts mentioned in a sentence, in order. */
function craftsIn(doc: AnnotatedDoc, s: Sentence): CraftMention[] {
  const text = doc.text.slice(s.start, s.end);
  return [...text.matchAll(ANY_CRAFT)].map((m) => ({
    start: s.start + (m.index ?? 0),
    end: s.start + (m.index ?? 0) + m[0].length,
    head: (m[1] ?? "").toLowerCase(),
  }));
}

/**
 * Who a craft belongs to, from its own phrase: a demonym or possessive before it (`a Chinese
 * balloon`, `Russia's drone`, `a US spy plane`) or `belonging to` / `operated by` after it.
 */
function ownerOf(
  doc: AnnotatedDoc,
  craft: CraftMention,
  s: Sentence,
  entities: readonly EntityMention[],
): EntityMention | null {
  const text = doc.text;
  const before = entities.filter((e) => e.actorId !== null && e.end <= craft.start && e.start >= s.start);
  const near = before[before.length - 1];
  if (near) {
    const gap = text.slice(near.end, craft.start);
    const modifier = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && !/\b(?:a|an|the|to|of|and|or)\s/i.test(gap);
    const determined = /(?:^|\b(?:a|an|the|another|its|their|two|three|several))\s*$/i.test(
      text.slice(Math.max(s.start, near.start - 10), near.start),
    );
    if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap)) return near;
    if (modifier && (near.type === "NORP" || determined)) return near;
  }
  const after = entities.find(
    (e) =>
      e.actorId !== null &&
      e.start >= craft.end &&
      e.end <= s.end &&
      e.start - craft.end <= 120 &&
      OWNED_BY.test(text.slice(craft.end, e.start)) &&
      !A_CRAFT.test(text.slice(craft.end, e.start)),
  );
  return after ?? null;
}

/**
 * `A balloon belonging to China crossed into US airspace. The balloon was shot down by a US jet.`:
 * an attack or seizure whose clause names no recipient but acts on a definite craft takes as its
 * recipient the owner of the craft last mentioned in the one or two sentences before (the same kind
 * of craft when one was mentioned). Nothing changes when that craft has no stated owner.
 */
export function craftOwner(doc: AnnotatedDoc, hit: TriggerHit, scope: SentenceScope, args: Arguments): Arguments {
  if (!ACTED_ON.has(hit.row.type) || args.recipients.length > 0) return args;
  const passive = args.rule.startsWith("args.passive") || isPassive(scope.tokens, hit.first);
  const patient = patientCraft(doc, hit, scope, passive);
  if (!patient) return args;
  const index = scope.sentence.index;
  const earlier = scope.sentences.filter((s) => s.index < index && s.index >= index - 2 && !s.furniture);
  const mentions = earlier.flatMap((s) => craftsIn(doc, s).map((c) => ({ c, s })));
  const same = mentions.filter((m) => m.c.head === patient.head);
  const antecedent = (same.length > 0 ? same : mentions).pop();
  if (!antecedent) return args;
  const owner = ownerOf(doc, antecedent.c, antecedent.s, scope.entities);
  if (!owner || args.actors.some((a) => a.actorId === owner.actorId)) return args;
  return { actors: args.actors, recipients: [owner], rule: `${args.rule}+craft-owner` };
}
