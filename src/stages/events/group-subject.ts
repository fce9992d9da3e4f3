import type { EntityMention, Token } from "../../doc/layers.js";
import type { Arguments } from "./arguments.js";
import type { SentenceScope } from "./code-hit.js";
import { coordinatedBefore, isPassive } from "./participants.js";

/** Nouns for a body of people that a country, nationality or organisation word can head as subject. */
const GROUP =
  "officials?|government|governments|authorities|administration|regime|ministers?|leaders?|presidents?|premier|chiefs?|envoys?|diplomats?|negotiators?|delegations?|cabinet|court|parliament|troops|forces|soldiers|army|military|navy|police|warships?|jets|aircraft|planes|militants|rebels|protesters|demonstrators|students|workers|farmers|opposition|spokes(?:man|woman|person)|commanders?|generals?|guards|officers|lawmakers|legislators|doctors|experts|activists?|fighters|guerrillas|insurgents|separatists|militiamen|settlers|refugees|civilians|prisoners|ministry|embassy|party|groups?|union|militia|junta|judges?|assembly|senate|congress|council|newspaper|media|radio|agency|king|emir|monarch|ruler";

/** A nationality word may head any plural (`Iraqi Kurds`, `Chinese vessels`): the group is of that country. */
const PLURAL = "\\p{L}+s";

/** Words between the country word and its group noun that end a clause or name another group. */
const BREAK = "(?:that|which|who|said|says|and|or|but|of|to|with|from|in|on|for|by)";

/**
 * Between the group word and the trigger: a name or title (`leader Hu Jintao`), a name in commas, a
 * time word and auxiliaries (`officials on Monday have`), and a light verb before a noun trigger
 * (`students staged mass demonstrations`).
 */
const gapOf = (head: string) =>
  new RegExp(
    `^(?:['’]s)?\\s+(?:(?!${BREAK}\\s)[\\p{L}-]+\\s+){0,3}?(?:${head})\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}` +
      "(?:,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*,\\s+)?" +
      "(?:(?:today|yesterday|again|overnight|on\\s+\\p{Lu}\\p{L}+|have|has|had|was|were|is|are|will|would|also|been|reportedly|later|then|jointly)\\s+){0,4}" +
      "(?:(?:staged|started|launched|held|organi[sz]ed|began|continued|called|declared|carried\\s+out|went\\s+on)\\s+(?:(?:a|an|the|their|its|his|her|mass|new|fresh)\\s+)?)?$",
    "iu",
  );
const GAP = gapOf(GROUP);
const NORP_GAP = gapOf(PLURAL);
/** `Thousands of Syrians sought …`: a plural nationality is the group itself. */
const PEOPLE_GAP =
  /^\s+(?:(?:today|yesterday|again|on\s+\p{Lu}\p{L}+|have|has|had|were|are|will|would|also|reportedly|then)\s+){0,3}$/iu;
/** `Security forces in Guinea have …`: a group located in a country, right before the country. */
const LOCATED_GROUP = new RegExp(`\\b(?:${GROUP})\\s+in\\s+(?:the\\s+)?$`, "iu");

function located(e: EntityMention, text: string): boolean {
  return e.type === "GPE" && LOCATED_GROUP.test(text.slice(Math.max(0, e.start - 40), e.start));
}

/** `talks with Chinese officials`: a group after a preposition is no subject; `thousands of Kurds` is. */
function governed(e: EntityMention, text: string): boolean {
  const before = text.slice(Math.max(0, e.start - 30), e.start);
  if (
    /\b(?:thousands|hundreds|dozens|millions|scores|groups?|members?|number|some|many|most|all)\s+of\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return false;
  return /\b(?:to|with|from|against|for|of|by|on|at|in|into|between|among|toward|towards|over|within|about)\s+(?:the\s+)?$/i.test(
    before,
  );
}

/**
 * `Senior French and German officials agreed`, `Chinese warships entered`, `Iran's supreme leader
 * rejected`, `Brazil's government said`: when a clause has no named subject, a country, nationality or
 * organisation word heading a group noun right before the trigger stands for the group and acts; so
 * does a plural nationality after a quantity (`thousands of Kurds protested`) and a country a group
 * is located in (`security forces in Guinea have tortured`).
 *
 * @example groupSubject(scope, hit.first, text, args) // "Israeli troops raided …": actors [Israeli], rule "args.group-noun"
 */
export function groupSubject(scope: SentenceScope, triggerFirst: number, text: string, args: Arguments): Arguments {
  // "A Ukrainian drone was shot down": the subject of a passive is acted on.
  const progressive = /ing$/.test((scope.tokens[triggerFirst] as Token).lower);
  if (isPassive(scope.tokens, triggerFirst) && !progressive) return args;
  const start = (scope.tokens[triggerFirst] as Token).start;
  const candidates = scope.inSentence.filter(
    (e) =>
      e.end <= start &&
      e.actorId !== null &&
      (e.type === "GPE" || e.type === "NORP" || e.type === "ORG") &&
      (!governed(e, text) || located(e, text)),
  );
  const nearest = candidates[candidates.length - 1];
  // `Chinese President Xi Jinping hosted …`: a named participant between is the subject, or none is.
  if (!nearest || scope.participants.some((p) => p.start >= nearest.end && p.end <= start)) return args;
  const gap = text.slice(nearest.end, start);
  if (located(nearest, text)) {
    return PEOPLE_GAP.test(gap)
      ? { actors: [nearest], recipients: args.recipients, rule: "args.group-in-country" }
      : args;
  }
  const people = nearest.type === "NORP" && (NORP_GAP.test(gap) || (/s$/.test(nearest.text) && PEOPLE_GAP.test(gap)));
  if (gap.length > 80 || !(GAP.test(gap) || people)) return args;
  const actors = coordinatedBefore(nearest, candidates, text);
  const taken = new Set(actors.map((a) => a.actorId));
  return { actors, recipients: args.recipients.filter((r) => !taken.has(r.actorId)), rule: "args.group-noun" };
}
