// Small numeric helpers for the bench report.

/** The p-th percentile (0–100) of numbers, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `min–max` of several runs (one value when they agree or there is one run), rounded to `digits`. */
export function range(values, digits = 0) {
  const f = (v) => Number(v.toFixed(digits));
  const lo = f(Math.min(...values));
  const hi = f(Math.max(...values));
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

/** Median of numbers. */
export function median(values) {
  return percentile(values, 50);
}
