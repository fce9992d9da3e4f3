/**
 * Expressions that only mean something against the publication date: "yesterday (morning)",
 * "tonight", "last night", "this year", "last month", "earlier this month", "last week",
 * "two years ago". They become `shift` anchors, resolved later (or left unknown when undated).
 */

import { NUMBER_PATTERN, readNumber } from "../lexicon.js";
import type { Candidate, DateContext, ShiftUnit } from "../types.js";
import { type PatternRow, scanRows } from "./scan.js";

const DAY_WORDS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
const PERIOD_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1, past: -1 };

function unitOf(word: string): ShiftUnit {
  return word.toLowerCase().replace(/s$/, "") as ShiftUnit;
}

const ROWS: PatternRow[] = [
  {
    // "the day before yesterday", "the day after tomorrow"
    pattern: /\bthe day (before yesterday|after tomorrow)\b/gi,
    cue: /the day /i,
    build: (m) => ({
      anchor: { kind: "shift", unit: "day", amount: m[1]?.toLowerCase().startsWith("before") ? -2 : 2 },
      rule: "dates.relative.day-beyond",
    }),
  },
  {
    // "yesterday", "yesterday morning", "tonight"; not "the Today programme"
    pattern:
      /\b(yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b(?!\s+(?:programme|program|show))/gi,
    build: (m) => {
      const word = (m[1] ?? "").toLowerCase();
      return { anchor: { kind: "shift", unit: "day", amount: DAY_WORDS[word] ?? 0 }, rule: `dates.relative.${word}` };
    },
  },
  {
    // "this morning", "last night"
    pattern: /\b(this|last)\s+(morning|afternoon|evening|night)\b/gi,
    cue: /morning|afternoon|evening|night/i,
    build: (m) => ({
      anchor: { kind: "shift", unit: "day", amount: m[1]?.toLowerCase() === "last" ? -1 : 0 },
      rule: "dates.relative.part-of-day",
    }),
  },
  {
    // "last year", "this month", "next week", "earlier this month", "later this year", "this fiscal year";
    // "the past week" (TimeML reads it as last week). "the past month/year" are durations: not here.
    pattern:
      /\b(?:(earlier|later)\s+)?(this|last|next|the\s+past|the\s+last)\s+(?:fiscal\s+|calendar\s+)?(week|month|quarter|year)\b/gi,
    cue: /(?:this|last|next|past)\s+(?:fiscal\s+|calendar\s+)?(?:week|month|quarter|year)/i,
    build: (m) => {
      const which = (m[2] ?? "").toLowerCase().replace(/^the\s+/, "");
      const unit = unitOf(m[3] ?? "");
      if (m[2]?.toLowerCase().startsWith("the") && unit !== "week" && unit !== "quarter") return null;
      const amount = PERIOD_SHIFT[which === "last" || which === "past" ? "last" : which] ?? 0;
      const mod = m[1] ? (m[1].toLowerCase() === "earlier" ? "early" : "late") : undefined;
      return { anchor: { kind: "shift", unit, amount, mod }, rule: `dates.relative.${which}-${unit}` };
    },
  },
  {
    // "the end of the year", "the beginning of the month", "by the end of year"
    pattern: /\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(?:the\s+)?(week|month|year)\b/gi,
    cue: /of\s+(?:the\s+)?(?:week|month|year)/i,
    build: (m) => {
      const part = (m[1] ?? "").toLowerCase();
      const mod = part === "end" ? "end" : part === "middle" ? "mid" : "start";
      return {
        anchor: { kind: "shift", unit: unitOf(m[2] ?? ""), amount: 0, mod },
        rule: "dates.relative.part-of-period",
      };
    },
  },
  {
    // "two years ago", "six months ago", "a week ago" (a day: 7 days before, not a calendar week)
    pattern: new RegExp(`\\b(${NUMBER_PATTERN})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, "gi"),
    cue: /ago\b/i,
    build: (m) => {
      const n = readNumber(m[1] ?? "");
      if (!Number.isFinite(n) || n > 200) return null;
      const unit = unitOf(m[2] ?? "");
      const anchor = unit === "week" ? { unit: "day" as const, amount: -7 * n } : { unit, amount: -n };
      return { anchor: { kind: "shift", ...anchor }, rule: "dates.relative.ago" };
    },
  },
];

export function findRelativeDates(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
