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
  for (const c of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
