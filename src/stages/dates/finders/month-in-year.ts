/**
 * A month placed by a relative year: "last year in October", "October last year", "in October of
 * next year", "this June", "last May", "next March". "last May" is the latest May before the
 * publication month; "next March" the first March after it.
 */

import { MONTH_PATTERN, monthNumber } from "../lexicon.js";
import type { Candidate, DateContext } from "../types.js";
import { type PatternRow, scanRows } from "./scan.js";

const YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

function yearShift(word: string | undefined): number {
  return YEAR_SHIFT[(word ?? "").toLowerCase()] ?? 0;
}

const ROWS: PatternRow[] = [
  {
    // "last year in October"
    pattern: new RegExp(`\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+year\\s+in\\s+(${MONTH_PATTERN})(?![\\w.]*\\s+\\d)`, "g"),
    cue: /year\s+in\s/,
    build: (m) => {
      const month = monthNumber(m[2] ?? "");
      if (!month) return null;
      return {
        anchor: { kind: "shift", unit: "year", amount: yearShift(m[1]), month },
        rule: "dates.month.of-relative-year",
      };
    },
  },
  {
    // "October last year", "in October of next year"
    pattern: new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "g"),
    cue: /(?:last|this|next)\s+year/,
    build: (m) => {
      const month = monthNumber(m[1] ?? "");
      if (!month) return null;
      return {
        anchor: { kind: "shift", unit: "year", amount: yearShift(m[2]), month },
        rule: "dates.month.of-relative-year",
      };
    },
  },
  {
    // "last May", "next March", "this June"; not "last May 4" (chrono reads the day)
    pattern: new RegExp(`\\b(last|next|this)\\s+(${MONTH_PATTERN})(?!\\s*\\d)`, "gi"),
    // every month name and abbreviation opens with these three letters
    cue: /(?:last|next|this)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    build: (m) => {
      const month = monthNumber(m[2] ?? "");
      if (!month || !/^[A-Z]/.test(m[2] ?? "")) return null;
      const which = (m[1] ?? "").toLowerCase();
      if (which === "this") {
        return { anchor: { kind: "shift", unit: "year", amount: 0, month }, rule: "dates.month.this" };
      }
      const direction = which === "next" ? "future" : "past";
      return {
        anchor: { kind: "month", month, direction, strict: true },
        rule: `dates.month.${which}`,
        explicit: true,
      };
    },
  },
];

export function findMonthsInYear(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
