/**
 * One reading per stretch of text: of overlapping candidates the longest wins ("last year in
 * October" over "October"); at equal length the one found first, as finders are listed in
 * order of trust (ours before chrono's).
 */

import type { Candidate, Refiner } from "../types.js";

export const removeOverlaps: Refiner = (_ctx, candidates) => {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
