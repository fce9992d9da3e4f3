/**
 * Calendar quarters as month ranges: "the third quarter of 2009" → 2009-07/2009-09, "Q1 2023",
 * "the fourth quarter of last year", "third-quarter results" (the quarter the tense points to).
 * "last quarter" and "this quarter" are shifts: relative.ts reads them.
 */

import type { Candidate, DateContext } from "../types.js";
import { type Build, type PatternRow, scanRows } from "./scan.js";

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  final: 4,
  last: 4,
};
const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

const quarter: Build = (m) => {
  const q = ORDINALS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
  if (!(q >= 1 && q <= 4)) return null;
  const month = q * 3 - 2;
  const endMonth = q * 3;
  if (m[2]) {
    const year = Number(m[2]);
    return {
      anchor: { kind: "absolute", from: { year, month }, to: { year, month: endMonth } },
      rule: "dates.quarter.of-year",
    };
  }
  if (m[3]) {
    const amount = YEAR_SHIFT[m[3].toLowerCase()] ?? 0;
    return { anchor: { kind: "shift", unit: "year", amount, month, endMonth }, rule: "dates.quarter.of-relative-year" };
  }
  // "the last quarter" without a year is the previous quarter (relative.ts)
  if ((m[1] ?? "").toLowerCase() === "last") return null;
  return { anchor: { kind: "month", month, endMonth, direction: "past" }, rule: "dates.quarter.bare" };
};

const OF_YEAR = "(?:\\s+of\\s+(?:((?:19|20)\\d\\d)|(last|this|next)\\s+year))?";

const ROWS: PatternRow[] = [
  {
    pattern: new RegExp(`\\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+quarter\\b${OF_YEAR}`, "gi"),
    build: quarter,
    cue: /quarter/i,
  },
  { pattern: /\bQ([1-4])\b(?:\s+((?:19|20)\d\d)\b)?()/g, build: quarter, cue: /Q[1-4]/ },
];

export function findQuarters(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
