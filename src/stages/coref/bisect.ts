import type { Span } from "../../doc/layers.js";

/**
 * The index of the first span that starts at or after `pos`, in spans sorted by start: the spans
 * before it are those that start before `pos`.
 *
 * @example firstFrom([{ start: 0, end: 3 }, { start: 10, end: 12 }], 5) // 1
 */
export function firstFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The span of a sorted, non-overlapping list that contains `pos`, or undefined.
 *
 * @example spanAt([{ start: 0, end: 3 }, { start: 10, end: 12 }], 11) // { start: 10, end: 12 }
 */
export function spanAt<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const i = firstFrom(spans, pos + 1) - 1;
  const span = spans[i];
  return span && span.start <= pos && pos < span.end ? span : undefined;
}
