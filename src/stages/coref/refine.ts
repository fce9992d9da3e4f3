import type { EntityIndex } from "./entity-index.js";
import type { CorefCandidate } from "./types.js";

/**
 * Candidates that are names, not references: `He` in `He Lifeng`, `the Foreign Ministry` when the
 * entities stage read it as the ministry's name, a description inside a title.
 *
 * @example dropNamed([he], index) // [] when "He" starts the PERSON "He Lifeng"
 */
export function dropNamed(candidates: readonly CorefCandidate[], entities: EntityIndex): CorefCandidate[] {
  return candidates.filter((c) => {
    if (c.want.kind === "side" || c.want.kind === "group") return true;
    const types = c.want.kind === "pronoun" ? (["PERSON"] as const) : (["PERSON", "ORG", "TITLE"] as const);
    return !entities.overlaps(c, types);
  });
}

/**
 * One candidate per stretch of text, in text order: of two that overlap, the longer (a side such as
 * `the U.S. side` over anything inside it).
 *
 * @example dropOverlaps([theUsSide, us]) // [theUsSide]
 */
export function dropOverlaps(candidates: readonly CorefCandidate[]): CorefCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CorefCandidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}
