import type { EntityMention } from "../../doc/layers.js";

/** A finder's proposal; the refiner keeps the best of overlapping ones. */
export interface Candidate extends EntityMention {
  /** Higher wins an overlap of equal length (a KB name beats a guessed name). */
  priority: number;
}

/** Groups token indices by sentence: [first, last) per sentence index. */
export function sentenceRanges(tokens: readonly { sentence: number }[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]?.sentence !== tokens[start]?.sentence) {
      ranges.push([start, i]);
      start = i;
    }
  }
  return tokens.length === 0 ? [] : ranges;
}
