import { calendarDate, MONTH, matchDate, monthNumber, parseDate } from "./dateforms.js";

/** A publication date and where it was read. Never today's date: unknown stays null. */
export interface PubDate {
  date: string;
  source: "header" | "stamp" | "dateline" | "meta" | "json" | "feed";
}

/** How many non-empty lines at the top of a body may hold a stamp or a dateline. */
const TOP_LINES = 5;

/**
 * A date stated by metadata (`date` header, meta tag, JSON field, feed element) in any common form.
 * @example dateFromValue("June 19, 2023", "header") // → { date: "2023-06-19", source: "header" }
 */
export function dateFromValue(value: unknown, source: PubDate["source"]): PubDate | null {
  const date = typeof value === "number" ? epochDate(value) : typeof value === "string" ? parseDate(value) : null;
  return date ? { date, source } : null;
}

/** Seconds or milliseconds since 1970 → the UTC calendar date. */
function epochDate(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The date the body itself states: a stamp near the top, else a dated dateline.
 * @example dateFromBody("Title\nUpdated 18:03, 01-Oct-2021\n\nText") // → { date: "2021-10-01", source: "stamp" }
 */
export function dateFromBody(body: string): PubDate | null {
  const lines = topLines(body);
  const stamp = findStamp(lines);
  if (stamp) return { date: stamp, source: "stamp" };
  for (const line of lines) {
    const date = datelineDate(line);
    if (date) return { date, source: "dateline" };
  }
  return null;
}

/**
 * The first non-empty lines of a body, trimmed.
 * @example topLines("Title\n\n  Updated 18:03, 01-Oct-2021\nText") // → ["Title", "Updated 18:03, 01-Oct-2021", "Text"]
 */
export function topLines(body: string): string[] {
  const lines: string[] = [];
  for (const raw of body.split("\n", 50)) {
    const line = raw.trim();
    if (line) lines.push(line);
    if (lines.length === TOP_LINES) break;
  }
  return lines;
}

const STAMP =
  /(?:^|[|•·–—]\s*)(?:last\s+|first\s+)?(published|posted|updated|modified)(?:\s+(?:on|at))?\s*:?\s*(.{0,80})/i;
/** What may surround a date on a line of its own: weekday, time, zone. */
const DATE_LINE_REST =
  /^(?:[\s,|·•-]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}:\d{2}(?::\d{2})?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|bst|cest|cet|hkt|jst|kst|z|[+-]\d{2}:?\d{2})*$/i;

/**
 * A publication stamp among the top lines: `Published: 19 June 2023`, `Posted on June 19, 2023`,
 * `Updated 18:03, 01-Oct-2021`, `Last updated: 2023-06-19 10:02`, or a line holding only a date.
 * A published/posted stamp wins over an updated one.
 * @example findStamp(["Envoy speaks", "Updated 18:03, 01-Oct-2021"]) // → "2021-10-01"
 */
export function findStamp(lines: string[]): string | null {
  let updated: string | null = null;
  for (const line of lines) {
    if (line.length > 160) continue;
    const stamp = STAMP.exec(line);
    const date = stamp ? parseDate(stamp[2] ?? "") : null;
    if (stamp && date) {
      if (/^(published|posted)$/i.test(stamp[1] ?? "")) return date;
      updated ??= date;
      continue;
    }
    const bare = line.length <= 48 ? matchDate(line) : null;
    if (bare && DATE_LINE_REST.test(line.slice(0, bare.index) + line.slice(bare.index + bare.length))) {
      return bare.date;
    }
  }
  return updated;
}

// PLACE, Month Day[, Year] [(Agency …)] separator — "BEIJING, Jan 2 (Xinhua) --", "WASHINGTON, Oct 27, 2023 (Wire) -"
const DATELINE = new RegExp(
  String.raw`^([^,]{2,40}),\s+${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*(\([^)]{0,160}\))?\s*(:|-{1,2}|—|–)?`,
  "iu",
);

/** "BEIJING", "NEW YORK", "Hong Kong", "BEIJING/WASHINGTON": capitalised words. */
const PLACE = /^\p{Lu}[\p{L}.'’/-]*(?: \p{Lu}[\p{L}.'’/-]*){0,3}$/u;

/**
 * The full date of a dateline at the start of `line`. A dateline states a year itself or within its
 * parenthetical (`BEIJING, Jan 2 (Pakistan Point News - 2nd Jan, 2023 ) :`); without one it gives no date.
 * @example datelineDate("WASHINGTON, Oct 27, 2023 (Capital Wire) - Talks…") // → "2023-10-27"
 */
export function datelineDate(line: string): string | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const [, place, month, day, year, paren, separator] = m;
  if ((!paren && !separator) || !PLACE.test(place ?? "")) return null;
  const stated = year ?? /\b(1[89]\d\d|2[01]\d\d)\b/.exec(paren ?? "")?.[1];
  if (!stated) return null;
  return calendarDate(Number(stated), monthNumber(month ?? ""), Number(day));
}
