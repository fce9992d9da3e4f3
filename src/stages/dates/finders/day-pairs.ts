/**
 * Two consecutive days of one month joined by "and": "18 and 19 June", "June 18 and 19, 2023".
 * chrono reads "18-19 June" and "June 18-19" itself; with "and" it would see only one day.
 * Days that are not consecutive ("June 3 and 5") are two dates, not a range: left to chrono.
 */

import { MONTH_PATTERN, monthNumber } from "../lexicon.js";
import type { Candidate, DateContext } from "../types.js";
import { type Build, type PatternRow, scanRows } from "./scan.js";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+((?:19|20)\\d\\d))?";
/** Every pair has its second day right after `and` or `&`. */
const PAIRED_DAY = /(?:and|&)\s+\d/;

function pair(
  dayA: string | undefined,
  dayB: string | undefined,
  monthWord: string | undefined,
  yearWord?: string,
): ReturnType<Build> {
  const day = Number(dayA);
  const endDay = Number(dayB);
  const month = monthNumber(monthWord ?? "");
  if (!month || endDay !== day + 1 || day < 1 || endDay > 31) return null;
  if (yearWord) {
    const year = Number(yearWord);
    return {
      anchor: { kind: "absolute", from: { year, month, day }, to: { year, month, day: endDay } },
      rule: "dates.range.day-pair",
    };
  }
  return { anchor: { kind: "month", month, day, endDay, direction: "past" }, rule: "dates.range.day-pair" };
}

const ROWS: PatternRow[] = [
  {
    // "18 and 19 June", "18th and 19th of June 2023"
    pattern: new RegExp(`\\b${DAY}\\s+(?:and|&)\\s+${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})${YEAR}\\b`, "g"),
    cue: PAIRED_DAY,
    build: (m) => pair(m[1], m[2], m[3], m[4]),
  },
  {
    // "June 18 and 19", "June 18 and 19, 2023"
    pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s+${DAY}\\s+(?:and|&)\\s+${DAY}\\b${YEAR}(?!\\w)`, "g"),
    cue: PAIRED_DAY,
    build: (m) => pair(m[2], m[3], m[1], m[4]),
  },
];

export function findDayPairs(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
