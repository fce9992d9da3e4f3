/**
 * The base parser: chrono reads dates written out ("September 30, 2021", "Dec. 21", "4 February",
 * "2021-10-01", "in October 2022", "on Sunday"). Only the components chrono is certain of are used;
 * what it implies (the year of "Dec. 21", the date of "Sunday") is decided by our own refiners,
 * because chrono picks the nearest such day where news means the most recent one.
 * Times, durations and casual words ("yesterday", "last week") are left to finders that keep an anchor.
 */

import type { ParsedComponents } from "chrono-node";
import { Chrono, configuration, type ParsedResult } from "chrono-node/en";
import { type Anchor, type Candidate, candidate, type DateContext, type PartialYmd } from "../types.js";

const KEPT_PARSERS = [
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENYearMonthDayParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENYearMonthNameParser",
  "ENSlashMonthFormatParser",
  "ENWeekdayParser",
];
/** Ours instead: "end of February" keeps month precision, and ranges are merged by `refiners/ranges.ts`. */
const DROPPED_REFINERS = new Set(["ENEndOfPeriodRefiner", "ENMergeDateRangeRefiner", "ForwardDateRefiner"]);

function createChrono(): Chrono {
  const config = configuration.createCasualConfiguration(false);
  const parsers = config.parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name));
  if (parsers.length !== KEPT_PARSERS.length)
    throw new Error("dates: chrono parsers changed name; update KEPT_PARSERS");
  const refiners = config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return new Chrono({ parsers, refiners });
}

const chrono = createChrono();
/** Any fixed instant: only certain components are read, so the reference never leaks into a value. */
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 3, 12));

function certain(c: ParsedComponents, unit: "year" | "month" | "day" | "weekday"): number | undefined {
  return c.isCertain(unit) ? (c.get(unit) ?? undefined) : undefined;
}

function partial(c: ParsedComponents): PartialYmd | null {
  const year = certain(c, "year");
  if (year === undefined) return null;
  const month = certain(c, "month");
  return month === undefined ? { year } : { year, month, day: certain(c, "day") };
}

/** "Sunday", "last Friday", "next Tuesday", "the weekend" (Saturday to Sunday). */
function weekdayReading(text: string, weekday: number, endWeekday?: number): { anchor: Anchor; rule: string } {
  const modifier = /\b(this|last|past|next)\b/i.exec(text)?.[1]?.toLowerCase();
  const future = modifier === "next";
  const strict = modifier === "last" || modifier === "past" || future;
  const anchor: Anchor = { kind: "weekday", weekday, endWeekday, direction: future ? "future" : "past", strict };
  if (/weekend/i.test(text)) return { anchor, rule: "dates.chrono.weekend" };
  return { anchor, rule: strict ? `dates.weekday.${future ? "next" : "last"}` : "dates.chrono.weekday" };
}

function toAnchor(result: ParsedResult, text: string, yearTrusted: boolean): { anchor: Anchor; rule: string } | null {
  const { start, end } = result;
  const from = yearTrusted ? partial(start) : null;
  if (from) {
    const to = end ? partial(end) : null;
    return { anchor: { kind: "absolute", from, ...(to ? { to } : {}) }, rule: "dates.chrono.absolute" };
  }
  if (text.includes("/")) return null; // "24/7", "3/4": a slash date needs its year
  const month = certain(start, "month");
  if (month !== undefined) {
    const day = certain(start, "day");
    const endDay = end ? certain(end, "day") : undefined;
    const rule = day === undefined ? "dates.chrono.month" : "dates.chrono.month-day";
    return { anchor: { kind: "month", month, day, endDay, direction: "past" }, rule };
  }
  const weekday = certain(start, "weekday");
  if (weekday === undefined || /weekday/i.test(text)) return null;
  if (/weekend/i.test(text)) return weekdayReading(text, 6, 0);
  return weekdayReading(text, weekday, end ? certain(end, "weekday") : undefined);
}

/** chrono's span without its leading "on", "(" or "," and trailing punctuation: the date part only. */
function trimSpan(text: string, index: number): { start: number; end: number } {
  const lead = /^[\s,(（]*(?:on\s+)?/i.exec(text)?.[0].length ?? 0;
  const trail = /[\s,)）]*$/.exec(text)?.[0].length ?? 0;
  return { start: index + lead, end: index + text.length - trail };
}

/** "July 4, 12 people": chrono reads "12" as a year; a two-digit year after a comma is a count. */
const TWO_DIGIT_YEAR = /,\s*\d{2}$/;

/** One chrono pass over the whole text (faster than once per sentence). */
export function findChronoDates(ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  for (const result of chrono.parse(ctx.text, FIXED_REFERENCE)) {
    const yearTrusted = !TWO_DIGIT_YEAR.test(result.text) || /\d{4}/.test(result.text);
    const text = yearTrusted ? result.text : result.text.replace(TWO_DIGIT_YEAR, "");
    const found = toAnchor(result, text, yearTrusted);
    if (!found) continue;
    const span = trimSpan(text, result.index);
    const explicit = found.anchor.kind === "weekday" && found.anchor.strict === true;
    out.push(candidate(span.start, span.end, found.anchor, found.rule, explicit));
  }
  return out;
}
