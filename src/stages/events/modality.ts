import type { Token } from "../../doc/layers.js";
import type { EventStatus } from "../../model/records.js";

const FUTURE = new Set(["will", "shall", "'ll", "upcoming", "planned", "proposed", "forthcoming"]);
/** `to` marks a future event only after a word of planning: `is expected to meet`, `plans to visit`. */
const PLANNING = new Set([
  "expected",
  "plans",
  "plan",
  "planned",
  "planning",
  "set",
  "due",
  "going",
  "scheduled",
  "intends",
  "intend",
  "hopes",
  "hope",
  "agreed",
  "agree",
  "agrees",
  "wants",
  "want",
  "seeks",
  "aims",
  "prepares",
  "preparing",
  "likely",
  "poised",
]);
/** `urged Washington to lift`, `invited Blinken to visit`, `an invitation to visit`: the act asked for has not happened. */
const ASKING = new Set([
  "invitation",
  "invitations",
  "request",
  "requests",
  "appeal",
  "appeals",
  "urged",
  "urges",
  "urging",
  "asked",
  "asks",
  "asking",
  "invited",
  "invites",
  "inviting",
  "pressed",
  "presses",
  "pressing",
  "encouraged",
  "encourages",
  "demand",
  "demands",
  "demanded",
  "demanding",
]);
/**
 * `tied any resumption of talks to the lifting of sanctions`, `conditional on the release of`: an
 * act set as the condition of another has not happened.
 */
const CONDITION = new Set([
  "tied",
  "ties",
  "tie",
  "tying",
  "linked",
  "links",
  "link",
  "linking",
  "conditioned",
  "conditional",
  "contingent",
  "dependent",
  "depends",
  "depend",
]);
/** `Chile must withdraw`: what one side is told to do has not happened. */
const HYPOTHETICAL = new Set(["if", "any", "could", "might", "may", "would", "unless", "should", "whether", "must"]);
const NEGATION = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);

/**
 * The status of the event a trigger names, read from the words just before it:
 * `will hold talks` → future; `did not meet` → negated; `could meet` → hypothetical;
 * `asked Washington to lift` → hypothetical (the asking is its own REQUEST event).
 */
export function statusOf(tokens: readonly Token[], first: number, sentenceStart: number): EventStatus {
  let status: EventStatus = "reported";
  // "is about to restore": the act is imminent, not done.
  if (aboutTo(tokens, first)) status = "future";
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 4); k--) {
    const w = tokens[k]?.lower ?? "";
    if ((w === "," || w === "and") && k === first - 1 && askedList(tokens, first, sentenceStart)) return "hypothetical";
    if (w === "," || w === ";" || w === "and" || w === "but") break;
    if (NEGATION.has(w)) return "negated";
    if (HYPOTHETICAL.has(w) || (w === "to" && askedOf(tokens, k, sentenceStart, ASKING))) status = "hypothetical";
    else if ((w === "to" || w === "on" || w === "upon") && askedOf(tokens, k, sentenceStart, CONDITION, 7)) {
      status = "hypothetical";
    } else if (status === "reported" && (FUTURE.has(w) || (w === "to" && PLANNING.has(tokens[k - 1]?.lower ?? "")))) {
      status = "future";
    }
  }
  return status;
}

/**
 * The trigger goes on a list of what someone was asked to do: "urged the Americans to stop …, lift
 * sanctions and …". A bare verb (not "lifted", not "lifts") right after a comma or "and", with an
 * asking "to" earlier in the same clause; "asked Russia to leave, and Russia withdrew" stays an act.
 */
function askedList(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  const verb = tokens[first]?.lower ?? "";
  if (!/^[a-z]+$/.test(verb) || /(?:ed|s)$/.test(verb)) return false;
  for (let k = first - 2; k >= Math.max(sentenceStart, first - 30); k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === ";" || w === "." || w === "but" || w === "while" || w === "which") return false;
    if (w === "to" && (askedOf(tokens, k, sentenceStart, ASKING, 6) || calledOn(tokens, k, sentenceStart))) return true;
  }
  return false;
}

/** "called on Israel to", "calls on both sides to": a call on someone asks. */
function calledOn(tokens: readonly Token[], to: number, sentenceStart: number): boolean {
  return objectBefore(
    tokens,
    to,
    sentenceStart,
    6,
    (k) => k > sentenceStart && tokens[k]?.lower === "on" && /^call(?:s|ed|ing)?$/.test(tokens[k - 1]?.lower ?? ""),
  );
}

/** `about to` right before the trigger (`is about to restore ties`); not `talks about to collapse were rescued`. */
export function aboutTo(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === "to" && tokens[first - 2]?.lower === "about";
}

/**
 * A word of `words` up to `reach` words before the preposition at `to`, its object between: an asking
 * verb (`invited Antony Blinken to`) or a condition (`tied any resumption of talks to`, `conditional on`).
 */
function askedOf(
  tokens: readonly Token[],
  to: number,
  sentenceStart: number,
  words: ReadonlySet<string>,
  reach = 3,
): boolean {
  return objectBefore(tokens, to, sentenceStart, reach, (k) => words.has(tokens[k]?.lower ?? ""));
}

/** Whether `found` holds for a word up to `reach` words before `to`, with no punctuation between. */
function objectBefore(
  tokens: readonly Token[],
  to: number,
  sentenceStart: number,
  reach: number,
  found: (k: number) => boolean,
): boolean {
  for (let k = to - 1; k >= Math.max(sentenceStart, to - reach); k--) {
    const t = tokens[k];
    if (!t || t.kind === "punct") return false;
    if (found(k)) return true;
  }
  return false;
}
