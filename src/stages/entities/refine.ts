import { firstFrom } from "../coref/bisect.js";
import type { Candidate } from "./candidate.js";

/**
 * Keeps the best of overlapping candidates: the longer span, then the higher priority. TITLE mentions
 * never compete with the PERSON they are bound to (they do not overlap it).
 */
export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // The kept spans by start: they never overlap, so when none is empty their ends ascend as well and
  // only the last one starting before a candidate ends can overlap it.
  const byStart: Candidate[] = [];
  const anyEmpty = candidates.some((c) => c.end <= c.start);
  for (const c of ranked) {
    const overlaps = anyEmpty
      ? kept.some((k) => k.start < c.end && c.start < k.end)
      : (byStart[firstFrom(byStart, c.end) - 1]?.end ?? Number.NEGATIVE_INFINITY) > c.start;
    if (overlaps) continue;
    kept.push(c);
    if (!anyEmpty) byStart.splice(firstFrom(byStart, c.start), 0, c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
