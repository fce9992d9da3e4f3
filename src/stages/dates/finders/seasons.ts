/**
 * Seasons as month ranges (meteorological, northern hemisphere): "last summer" → June–August of
 * the latest summer before publication, "the winter of 2021" → 2021-12/2022-02, "in the spring" →
 * the spring that the tense points to. "fall" only with a year or "last/this/next" (else a verb).
 */

import type { Candidate, DateContext } from "../types.js";
import { type Build, type PatternRow, scanRows } from "./scan.js";

const SEASONS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

function months(word: string | undefined): [number, number] | null {
  return SEASONS[(word ?? "").toLowerCase()] ?? null;
}

const relative: Build = (m) => {
  const range = months(m[2]);
  if (!range) return null;
  const which = (m[1] ?? "").toLowerCase();
  const explicit = which !== "" && which !== "this";
  const direction = which === "next" ? "future" : "past";
  return {
    anchor: { kind: "month", month: range[0], endMonth: range[1], direction, strict: explicit },
    rule: `dates.season.${which || "bare"}`,
    explicit,
  };
};

/** Every row needs a season word; "fall" only where a year or "last/this/next" comes with it. */
const SEASON = /spring|summer|autumn|fall|winter/i;
const SEASON_NOT_FALL = /spring|summer|autumn|winter/i;

const ROWS: PatternRow[] = [
  {
    // "summer 2012", "the winter of 2021"
    pattern: /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d)\b/gi,
    cue: SEASON,
    build: (m) => {
      const range = months(m[1]);
      if (!range) return null;
      const year = Number(m[2]);
      const to = { year: range[1] < range[0] ? year + 1 : year, month: range[1] };
      return { anchor: { kind: "absolute", from: { year, month: range[0] }, to }, rule: "dates.season.of-year" };
    },
  },
  { pattern: /\b(last|this|next|past)\s+(spring|summer|autumn|fall|winter)\b/gi, build: relative, cue: SEASON },
  {
    // "in the summer", "during the winter": the season word only
    pattern:
      /(?<=\b(?:in|during|over|through|until|by)\s+(?:the\s+)?)()(spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d)/gi,
    build: relative,
    cue: SEASON_NOT_FALL,
  },
];

export function findSeasons(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
