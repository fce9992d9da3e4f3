import type { EntityMention, Token } from "../../doc/layers.js";

/** Entities that can act or be acted on: people, countries and their metonyms, organisations. */
export function canAct(e: EntityMention): boolean {
  if (e.type === "TITLE" || e.type === "LOC" || e.type === "FAC") return false;
  return e.actorId !== null;
}

/**
 * A country word that only describes the person after it (`US` in `US Secretary of State Antony
 * Blinken`, `China's` in `China's new Foreign Minister`) is not a participant of its own.
 */
const TITLE_HEAD =
  /^(?:['’]s)?\s+(?:(?:new|former|incoming|outgoing|top|then|acting|own|chief|senior|most senior|leading)\s+)*(?:ambassador|minister|foreign minister|secretary|president|premier|envoy|diplomat|spokesperson|spokesman|spokeswoman|counterpart|leader|chief|boss)\b/i;

export function isModifier(e: EntityMention, entities: readonly EntityMention[], text: string): boolean {
  if (e.type !== "GPE" && e.type !== "NORP" && e.type !== "ORG") return false;
  if (TITLE_HEAD.test(text.slice(e.end, e.end + 60))) return true;
  const next = entities.find((o) => o.start >= e.end && o.start - e.end <= 30 && o !== e && !inParentheses(o, text));
  if (!next || (next.type !== "TITLE" && next.type !== "PERSON")) return false;
  // "Communist Party of China (CPC) Vang Yi": an acronym in brackets may sit between.
  const gap = text.slice(e.end, next.start).replace(/^\s*\([^)]{1,12}\)/, "");
  return /^(?:['’]s)?\s*(?:(?:new|former|incoming|outgoing|top|then|acting|own)\s+)*$/i.test(gap);
}

/** True inside round brackets: `(US time)`, `(People's Republic of China)` name no participant. */
export function inParentheses(e: EntityMention, text: string): boolean {
  const { opens, closes } = bracketsOf(text);
  const open = lastAtOrBefore(opens, e.start);
  return open !== -1 && lastAtOrBefore(closes, e.start) < open && (closes.at(-1) ?? -1) >= e.end;
}

/**
 * The offsets of `(` and `)` in the text last asked about: every entity of an article asks in turn,
 * and searching the text from each one would read most of it again each time.
 */
let brackets: { text: string; opens: number[]; closes: number[] } | null = null;

function bracketsOf(text: string): { opens: number[]; closes: number[] } {
  if (brackets?.text === text) return brackets;
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = text.indexOf("("); i !== -1; i = text.indexOf("(", i + 1)) opens.push(i);
  for (let i = text.indexOf(")"); i !== -1; i = text.indexOf(")", i + 1)) closes.push(i);
  brackets = { text, opens, closes };
  return brackets;
}

/** The largest offset in the ascending list that is at most `at`, or -1 (as `lastIndexOf(c, at)`). */
function lastAtOrBefore(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length; // the answer is offsets[lo - 1] once lo === hi
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (offsets[lo - 1] as number);
}

/** `China-US relations`, `the Palestinian-Israeli conflict`: a pair names a relationship, not a participant. */
export function inJoinedPair(e: EntityMention, text: string): boolean {
  return (
    /^\s?[-–]\s?\p{Lu}/u.test(text.slice(e.end, e.end + 3)) ||
    /\p{L}\.?\s?[-–]\s?$/u.test(text.slice(Math.max(0, e.start - 3), e.start))
  );
}

/** The participants a sentence offers, in order, without modifiers, titles, places, pairs or asides. */
export function participantsOf(entities: readonly EntityMention[], text: string): EntityMention[] {
  return entities.filter(
    (e) => canAct(e) && !isModifier(e, entities, text) && !inParentheses(e, text) && !inJoinedPair(e, text),
  );
}

/**
 * The words between two coordinated participants: `, `, ` and `, ` and the ` (`China and the US`),
 * and the title of the second with its country and apposition (` and China's Defence Minister, Admiral `,
 * ` and Minister of National Defense `).
 */
export const COORDINATION =
  /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:['’]s)?,?\s+(?:(?:of|for)\s+(?:the\s+)?(?=\p{Lu}))?)*$/u;

/** `X and Y` / `X, Y and Z`: the entities coordinated with `e` on its left. */
export function coordinatedBefore(
  e: EntityMention,
  candidates: readonly EntityMention[],
  text: string,
): EntityMention[] {
  const group = [e];
  let current = e;
  for (let i = candidates.indexOf(e) - 1; i >= 0; i--) {
    const left = candidates[i] as EntityMention;
    const gap = text.slice(left.end, current.start);
    if (!COORDINATION.test(gap) || gap.length > 60) break;
    group.unshift(left);
    current = left;
  }
  return group;
}

/** True when a passive auxiliary precedes the trigger (`was shot down`, `were expelled`). */
export function isPassive(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const w = tokens[k]?.lower ?? "";
    if (["was", "were", "been", "being", "is", "are", "be", "got"].includes(w)) return true;
    if (!["also", "reportedly", "later", "then", "subsequently", "quickly", "not", "n't"].includes(w)) return false;
  }
  return false;
}
