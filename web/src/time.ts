/** Partial dates on a time axis: `2023` spans the year, `2023-06` the month, `2023-06-18` the day. */

const DAY = 86_400_000;

/**
 * Milliseconds (UTC) of the first or the last day a partial date covers; null when unreadable.
 *
 * @example toTime("2023-06", "end") === Date.UTC(2023, 5, 30)
 */
export function toTime(date: string | null | undefined, edge: "start" | "end" = "start"): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return edge === "start" ? Date.UTC(y, Number(m[2]) - 1, 1) : Date.UTC(y, Number(m[2]), 0);
  return edge === "start" ? Date.UTC(y, 0, 1) : Date.UTC(y, 11, 31);
}

/** Maps a time interval onto `[x0, x1]` pixels. */
export interface TimeScale {
  (t: number): number;
  domain: [number, number];
}

/** A linear scale; an empty domain is widened by a day on each side. */
export function timeScale(t0: number, t1: number, x0: number, x1: number): TimeScale {
  const lo = t1 > t0 ? t0 : t0 - DAY;
  const hi = t1 > t0 ? t1 : t0 + DAY;
  const f = ((t: number) => x0 + ((t - lo) / (hi - lo)) * (x1 - x0)) as TimeScale;
  f.domain = [lo, hi];
  return f;
}

/** Ticks for an axis: January 1 of years (every n years so there are at most `max`), or months. */
export function ticks(t0: number, t1: number, max = 12): { t: number; label: string }[] {
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const out: { t: number; label: string }[] = [];
  if (y1 - y0 >= 2) {
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / max));
    for (let y = y0 + 1; y <= y1; y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
    return out;
  }
  const months = (y1 - y0) * 12 + new Date(t1).getUTCMonth() - new Date(t0).getUTCMonth();
  const step = Math.max(1, Math.ceil(months / max));
  for (let i = 1; i <= months; i += step) {
    const d = new Date(Date.UTC(y0, new Date(t0).getUTCMonth() + i, 1));
    out.push({ t: d.getTime(), label: d.toISOString().slice(0, 7) });
  }
  return out;
}

/** `YYYY-MM-DD` of a time. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
