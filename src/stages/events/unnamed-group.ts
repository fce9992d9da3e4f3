import { readFileSync } from "node:fs";
import { slugify } from "../../actors/names.js";
import type { EntityMention, Token } from "../../doc/layers.js";
import type { Arguments } from "./arguments.js";
import type { SentenceScope } from "./code-hit.js";
import { isPassive } from "./participants.js";

interface GroupNounsFile {
  nouns: string[];
  codes: Record<string, string>;
  quantities: string[];
}

const lexicon = JSON.parse(
  readFileSync(new URL("../../../data/lexicon/group-nouns.json", import.meta.url), "utf8"),
) as GroupNounsFile;
const NOUNS = new Set(lexicon.nouns);
const QUANTITIES = new Set(lexicon.quantities);

/** Words that end a noun phrase on its left: the group noun after them is their object, not a subject. */
const PREPOSITIONS = new Set(
  "to with from against for by on at in into between among toward towards over about under through of on upon near".split(
    " ",
  ),
);
/** Words that open a clause or a noun phrase: the phrase starts after them. */
const OPENERS = new Set(
  "the a an some that which who whom and or but while as said says say told when after before because if".split(" "),
);

/** Verbs that carry a noun trigger: `staged mass demonstrations`, `continued their hunger strike`. */
const LIGHT =
  "(?:continued|continue|continuing|began|begun|begin|started|start|launched|staged|stage|staging|held|hold|holding|organi[sz]ed|called|declared|went\\s+on|carried\\s+out)";

/**
 * What may stand between the group noun and the trigger: a bracketed acronym, where the group is
 * (`students throughout Indonesia`), an aside in commas, time words, auxiliaries, and a light verb
 * with the article of a noun trigger (`have organized a general strike`).
 */
const TAIL = new RegExp(
  [
    "^(?:\\s*,)?",
    "(?:\\s*\\([^)]{1,40}\\))?",
    "(?:\\s+(?:in|throughout|across|from|of|at|near|based\\s+in|loyal\\s+to|affiliated\\s+with|operating\\s+in)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,4})?",
    "(?:\\s*\\([^)]{1,40}\\))?",
    "(?:\\s+(?:today|yesterday|tonight|overnight|again|also|finally|reportedly|later|then|jointly|still|now|have|has|had|was|were|is|are|will|would|been|being|on\\s+\\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+day|(?:plans?|planned|vow(?:ed)?|sworn|swore|pledged|promised|intends?|threatened|prepared|ready|willing|decided|agreed|refused|tried|wants?)\\s+to|said\\s+(?:they|it)\\s+(?:would|will))){0,5}",
    `(?:(?:\\s+${LIGHT})?\\s+(?:a|an|the|their|its|his|her)(?:\\s+(?:\\p{Ll}[\\p{L}-]*|\\d[\\w-]*)){0,2}|\\s+${LIGHT}(?:\\s+(?:\\p{Ll}[\\p{L}-]*|\\d[\\w-]*)){0,2})?\\s*$`,
  ].join(""),
  "u",
);

/** Index of the token that opens the group's noun phrase, or -1 when a preposition governs it. */
function phraseStart(tokens: readonly Token[], head: number, from: number): number {
  let k = head;
  for (let n = 0; n < 4 && k - 1 >= from; n++) {
    const prev = tokens[k - 1] as Token;
    if (prev.lower === "of" && QUANTITIES.has(tokens[k - 2]?.lower ?? "")) {
      k -= 2;
      continue;
    }
    if (PREPOSITIONS.has(prev.lower)) return -1;
    if (prev.kind === "punct" || OPENERS.has(prev.lower)) break;
    k--;
  }
  return k;
}

/**
 * `Prisoners rioted`, `Islamic fundamentalists continued their hunger strike`, `students throughout
 * Indonesia staged demonstrations`: when a clause names no actor, a group noun (data/lexicon/
 * group-nouns.json) heading its subject is the actor, unnamed, of the country named inside the
 * phrase when there is one. Passive subjects are acted on and stay out.
 *
 * @example unnamedGroup(scope, hit.first, text, args) // "Demonstrators in Baghdad blocked a road": actor "Demonstrators in Baghdad" (IRQ)
 */
export function unnamedGroup(scope: SentenceScope, triggerFirst: number, text: string, args: Arguments): Arguments {
  const { tokens, from } = scope;
  const trigger = tokens[triggerFirst] as Token;
  if (isPassive(tokens, triggerFirst) && !/ing$/.test(trigger.lower)) return byAgent(scope, triggerFirst, text, args);
  for (let head = triggerFirst - 1; head >= from; head--) {
    const t = tokens[head] as Token;
    if (t.text === ";" || t.text === ":") break;
    if (!NOUNS.has(t.lower) || !TAIL.test(text.slice(t.end, trigger.start))) continue;
    const first = phraseStart(tokens, head, from);
    if (first < 0) continue;
    const start = (tokens[first] as Token).start;
    const inside = scope.inSentence.filter(
      (e) => e.start >= start && e.end <= trigger.start && e.country && (e.type === "GPE" || e.type === "NORP"),
    );
    const actor: EntityMention = {
      start,
      end: t.end,
      text: text.slice(start, t.end),
      type: "ORG",
      actorId: groupId(text.slice(start, t.end)),
      country: inside[0]?.country ?? lexicon.codes[t.lower] ?? null,
      title: null,
      rule: "events.unnamed-group",
    };
    const taken = new Set(inside.map((e) => e.actorId));
    return {
      actors: [actor],
      recipients: args.recipients.filter((r) => !taken.has(r.actorId)),
      rule: "args.unnamed-group",
    };
  }
  return args;
}

/**
 * `A camp was attacked by Burundian militiamen`: the unnamed group a passive's by-phrase names acts,
 * the passive's subject stays the recipient.
 */
function byAgent(scope: SentenceScope, triggerFirst: number, text: string, args: Arguments): Arguments {
  const { tokens } = scope;
  let k = triggerFirst;
  while (
    k + 1 < tokens.length &&
    tokens[k + 1]?.sentence === tokens[triggerFirst]?.sentence &&
    tokens[k + 1]?.lower !== "by"
  ) {
    if (k - triggerFirst > 2 || tokens[k + 1]?.kind === "punct") return args;
    k++;
  }
  const by = k + 1;
  if (tokens[by]?.lower !== "by") return args;
  for (let head = by + 1; head <= by + 4 && head < tokens.length; head++) {
    const t = tokens[head] as Token;
    if (t.kind === "punct" || t.sentence !== tokens[by]?.sentence) return args;
    if (!NOUNS.has(t.lower)) continue;
    const start = (tokens[by + 1] as Token).start;
    const inside = scope.inSentence.filter(
      (e) => e.start >= start && e.end <= t.end && e.country && (e.type === "GPE" || e.type === "NORP"),
    );
    const name = text.slice(start, t.end).replace(/^(?:the|a|an)\s+/i, "");
    const actor: EntityMention = {
      start,
      end: t.end,
      text: name,
      type: "ORG",
      actorId: groupId(name),
      country: inside[0]?.country ?? lexicon.codes[t.lower] ?? null,
      title: null,
      rule: "events.unnamed-group",
    };
    return { actors: [actor], recipients: args.recipients, rule: "args.passive-by-unnamed" };
  }
  return args;
}

/** A stable id for an unnamed group, from its words: `g:thousands-of-students`. */
function groupId(words: string): string {
  return `g:${slugify(words)}`;
}
