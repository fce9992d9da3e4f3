/**
 * One reading per stretch of text: of overlapping candidates the longest wins ("last year in
 * October" over "October"); at equal length the one found first, as finders are listed in
 * order of trust (ours before chrono's).
 */

import { packed } from "../../../model/packed.js";
import type { Candidate, Refiner } from "../types.js";

/** Index of the first kept candidate ending after `pos` (binary search over disjoint, sorted spans). */
function firstEndingAfter(kept: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid] as Candidate).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const removeOverlaps: Refiner = (_ctx, candidates) => {
  // packed(), not map(): one array class for the refiners whether or not this is optimised (model/packed.ts)
  const ranked = packed(candidates, (c, order) => ({ c, order })).sort(
    (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order,
  );
  const kept: Candidate[] = []; // sorted by start, never overlapping
  for (const { c } of ranked) {
    const i = firstEndingAfter(kept, c.start);
    const next = kept[i];
    if (!next || next.start >= c.end) kept.splice(i, 0, c);
  }
  return kept;
};
