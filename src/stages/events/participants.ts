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
export function isModifier(e: EntityMention, entities: readonly EntityMention[], text: string): boolean {
  if (e.type !== "GPE" && e.type !== "NORP") return false;
  const next = entities.find((o) => o.start >= e.end && o.start - e.end <= 30 && o !== e);
  if (!next || (next.type !== "TITLE" && next.type !== "PERSON")) return false;
  const gap = text.slice(e.end, next.start);
  return /^(?:['’]s)?\s*(?:(?:new|former|incoming|outgoing|top|then|acting|own)\s+)*$/i.test(gap);
}

/** The participants a sentence offers, in order, without modifiers, titles or places. */
export function participantsOf(entities: readonly EntityMention[], text: string): EntityMention[] {
  return entities.filter((e) => canAct(e) && !isModifier(e, entities, text));
}

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
    if (!/^\s*(?:,|and|,\s*and|&)\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(gap) || gap.length > 60) break;
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
