import type { Token } from "../../doc/layers.js";

/** Words that make a plural event noun many events: `several meetings`, `numerous calls`. */
const MANY = new Set(["several", "many", "numerous", "multiple", "countless", "repeated", "frequent", "regular"]);
/**
 * Words that may stand between the quantity and the noun: adjectives and the commas and `and` that
 * join them. A word ending in -ed or -s (`said`, `diplomats`, but not `-ous`) is a verb or a noun of
 * its own: `many diplomats attended talks` counts the diplomats, not the talks.
 */
const BETWEEN = /^(?:,|and|(?![\p{Ll}-]*(?:ed|[^u]s)$)[\p{Ll}]+(?:-[\p{Ll}]+)*)$/u;
/** Words that close the noun phrase on its left: `many officials attended the talks`. */
const CLOSED = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "with",
  "to",
  "of",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
]);
/** After a verb: `met several times`, `spoke repeatedly`, `on many occasions`. */
const OFTEN =
  /^[^.;:!?]{0,40}?\b(?:(?:several|many|numerous|multiple|countless)\s+(?:times|occasions)|repeatedly|regularly)\b/i;

/**
 * `several candid meetings with him during my tenure`, `they met several times`: the trigger names
 * many events over a span, not one, so the article's date is none of theirs (a time expression that
 * governs it still dates it).
 *
 * @example repeated(tokens, hit.first, hit.last, text) // true for "many meetings", false for "a meeting"
 */
export function repeated(tokens: readonly Token[], first: number, last: number, text: string): boolean {
  const trigger = tokens[last] as Token;
  if (OFTEN.test(text.slice(trigger.end, trigger.end + 60))) return true;
  if (!/s$/.test(trigger.lower)) return false;
  const sentence = trigger.sentence;
  for (let k = first - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const tok = tokens[k] as Token;
    if (tok.sentence !== sentence) return false;
    if (MANY.has(tok.lower)) return true;
    if (CLOSED.has(tok.lower) || !BETWEEN.test(tok.lower)) return false;
  }
  return false;
}
