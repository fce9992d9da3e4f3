/**
 * Years without a month: "in 2018", "2009-2010", "the 2010 election"; decades ("the 1990s") and
 * centuries ("the 20th century"). A four-digit number is a count, not a year, when it measures
 * something ("2000 troops", "1999 people", "2015 percent") or follows a numbered name ("Resolution 2231").
 */

import type { Candidate, DateContext } from "../types.js";
import { type PatternRow, scanRows } from "./scan.js";

/** Before a year, these make it a date even when a plural follows ("in 2010 elections were held"). */
const YEAR_LEAD =
  /\b(?:in|since|by|until|till|from|of|to|before|after|during|through|between|and|early|late|mid|year|around|summer|spring|autumn|winter|fall|january|february|march|april|may|june|july|august|september|october|november|december)\s*[-–]?\s*$/i;
/** Before a number, these make it a count or a name. */
const COUNT_LEAD =
  /(?:[$£€#]\s*|\b(?:resolution|article|no\.|number|flight|route|room|section|chapter|rule|about|some|nearly|almost|over|than|least|roughly|approximately|windows)\s+)$/i;
/** After a number, these make it a count. */
const COUNT_TAIL =
  /^(?:\s*%|[.,]\d|\s+(?:percent|per\s+cent|people|men|women|children|police|staff|personnel|GMT|BST|UTC|hours|hrs)\b|\s+(?!(?:was|has|this|does|plus|unless|across|thus|less|its|his)\b)[a-z]+[^siu\s]s\b)/;

function isYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[\d.,]$/.test(before) && /\d[.,]?$/.test(before)) return false;
  if (COUNT_LEAD.test(before)) return false;
  if (YEAR_LEAD.test(before)) return true;
  return !COUNT_TAIL.test(text.slice(end, end + 24));
}

const ROWS: PatternRow[] = [
  {
    pattern: /\b(1[89]\d\d|20\d\d)\b(?!\.\d|,\d{3})/g,
    build: (m, text) => {
      if (!isYear(text, m.index, m.index + m[0].length)) return null;
      return { anchor: { kind: "absolute", from: { year: Number(m[1]) } }, rule: "dates.year.bare" };
    },
  },
  {
    // the second year of "1957-58", "2009-10"
    pattern: /(?<=\b(1[89]|20)(\d\d)[-–])(\d\d)\b(?![-–/]\d)/g,
    cue: /(?:1[89]|20)\d\d[-–]\d\d/,
    build: (m) => {
      if (Number(m[3]) <= Number(m[2])) return null;
      return {
        anchor: { kind: "absolute", from: { year: Number(`${m[1]}${m[3]}`) } },
        rule: "dates.year.short-second",
      };
    },
  },
  {
    // "the 1990s", "1960s"
    pattern: /\b(1[5-9]\d|20\d)0s\b/g,
    build: (m) => {
      const year = Number(m[1]) * 10;
      return { anchor: { kind: "absolute", from: { year }, to: { year: year + 9 } }, rule: "dates.year.decade" };
    },
  },
  {
    // "the '80s", "the 70s and 80s": the 20th century's; not an age ("in her 70s")
    pattern: /\b([2-9]0)s\b/g,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!/(?:\b(?:the|early|late|mid|and|or|to)[\s-]+['’]?|['’])$/.test(before)) return null;
      if (/\b(?:his|her|their|my|your|our|its)\s+(?:\w+\s+)?$/i.test(before)) return null;
      const year = 1900 + Number(m[1]);
      return { anchor: { kind: "absolute", from: { year }, to: { year: year + 9 } }, rule: "dates.year.decade" };
    },
  },
  {
    // "the 20th century": the colloquial 1900-1999
    pattern: /\b(1\d|20|21|[1-9])(?:st|nd|rd|th)[\s-]+[Cc]entury\b/g,
    cue: /entury/,
    build: (m) => {
      const year = (Number(m[1]) - 1) * 100;
      return { anchor: { kind: "absolute", from: { year }, to: { year: year + 99 } }, rule: "dates.year.century" };
    },
  },
];

export function findYears(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
