/**
 * Day arithmetic and the relative time expressions dating can resolve once a publication day is
 * known: weekdays, `yesterday`/`today`/`tomorrow`, a month without a year, a day and month without a year.
 */

const DAY = 86_400_000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A relative expression by what it names; `null` for anything dating does not handle. */
export type Relative =
  | { kind: "weekday"; weekday: number }
  | { kind: "offset"; days: number }
  | { kind: "month"; month: number }
  | { kind: "months"; months: number }
  | { kind: "day"; month: number; day: number };

/**
 * Adds days to a `YYYY-MM-DD` day.
 *
 * @example addDays("2023-06-15", 6) // "2023-06-21"
 */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** @example weekdayOf("2023-06-15") // 4 (Thursday) */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Whole days from `a` to `b`. @example daysBetween("2023-06-15", "2023-06-21") // 6 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/**
 * Reads a time expression's text as a relative reference, or null.
 *
 * @example readRelative("on Thursday") // { kind: "weekday", weekday: 4 }
 * @example readRelative("Dec. 21") // { kind: "day", month: 12, day: 21 }
 * @example readRelative("next month") // { kind: "months", months: 1 }
 */
export function readRelative(text: string): Relative | null {
  const t = text.toLowerCase();
  if (/\b\d{4}\b/.test(t)) return null; // a stated year: not relative
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(t));
  if (weekday >= 0) return { kind: "weekday", weekday };
  const months = /\b(last|next) month\b/.exec(t);
  if (months) return { kind: "months", months: months[1] === "next" ? 1 : -1 };
  const offset = ["yesterday", "today", "tomorrow"].findIndex((w) => new RegExp(`\\b${w}\\b`).test(t));
  if (offset >= 0) return { kind: "offset", days: offset - 1 };
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}(?:[a-z]*)\\b\\.?`).test(t)) + 1;
  if (month === 0) return null;
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t);
  return day ? { kind: "day", month, day: Number(day[1]) } : { kind: "month", month };
}

/**
 * The date a relative reference names in an article published on `published`: the past one for a
 * reported event, the coming one for a future event.
 *
 * @example resolveOn({ kind: "weekday", weekday: 4 }, "2023-06-19", "reported") // "2023-06-15"
 * @example resolveOn({ kind: "month", month: 10 }, "2023-06-19", "future") // "2023-10"
 */
export function resolveOn(rel: Relative, published: string, tense: "reported" | "future"): string {
  const year = Number(published.slice(0, 4));
  const md = published.slice(5);
  const past = tense === "reported";
  switch (rel.kind) {
    case "offset":
      return addDays(published, rel.days);
    case "weekday": {
      const diff = (weekdayOf(published) - rel.weekday + 7) % 7;
      return past ? addDays(published, -diff) : addDays(published, (7 - diff) % 7);
    }
    case "months":
      return addMonths(published.slice(0, 7), rel.months);
    case "month": {
      const mm = String(rel.month).padStart(2, "0");
      const y = past ? (mm <= md.slice(0, 2) ? year : year - 1) : mm >= md.slice(0, 2) ? year : year + 1;
      return `${y}-${mm}`;
    }
    case "day": {
      const key = `${String(rel.month).padStart(2, "0")}-${String(rel.day).padStart(2, "0")}`;
      const y = past ? (key <= md ? year : year - 1) : key >= md ? year : year + 1;
      return `${y}-${key}`;
    }
  }
}

/**
 * The date a reference names for every publication day in `[from, to]`, when all agree (the interval
 * pins it); null otherwise or when the interval is open or longer than a year.
 *
 * @example pinned({ kind: "weekday", weekday: 4 }, "2023-06-15", "2023-06-21", "reported") // "2023-06-15"
 */
export function pinned(rel: Relative, from: string, to: string, tense: "reported" | "future"): string | null {
  const span = daysBetween(from, to);
  if (span < 0 || span > 366) return null;
  const first = resolveOn(rel, from, tense);
  for (let i = 1; i <= span; i++) if (resolveOn(rel, addDays(from, i), tense) !== first) return null;
  return first;
}

/** @example addMonths("2023-11", -1) // "2023-10" */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Whether an expression looks ahead (`next month`, `tomorrow`): its event is announced, whatever the verb's tense. */
export function looksAhead(text: string): boolean {
  return /\b(next|tomorrow|coming|upcoming)\b/i.test(text);
}
