/**
 * Two dates joined into one range: "Thursday and Friday", "from Monday to Wednesday",
 * "June 30 to July 2", "Sept. 30 - Oct. 2, 2021". With "and" the days must be consecutive
 * ("on Monday and Wednesday" is two days, not three); with "to", "through", "until" or a dash the
 * second must follow the first within a week (weekdays) or a month (dates).
 * Years are left apart: "2009-2010" stays two years, as TimeML annotates it.
 */

import { addDays, compareMonthDay, formatPartial } from "../calendar.js";
import type { Anchor, Candidate, Refiner } from "../types.js";

const CONNECTOR = /^\s*(?:(and|&)|-|–|—|to|through|thru|until|till)\s*$/i;

type Merge = (a: Anchor, b: Anchor, consecutiveOnly: boolean) => Anchor | null;

const mergeWeekdays: Merge = (a, b, consecutiveOnly) => {
  if (a.kind !== "weekday" || b.kind !== "weekday" || a.endWeekday !== undefined || b.endWeekday !== undefined)
    return null;
  const gap = (b.weekday - a.weekday + 7) % 7;
  if (gap === 0 || (consecutiveOnly && gap !== 1)) return null;
  const explicit = a.strict ? a : b;
  return {
    kind: "weekday",
    weekday: a.weekday,
    endWeekday: b.weekday,
    direction: explicit.direction,
    strict: explicit.strict,
  };
};

/** Days apart within one (leap-neutral) year, for "June 30 to July 2". */
function dayGap(a: { month: number; day: number }, b: { month: number; day: number }): number {
  const base = { year: 2001, ...a };
  for (let n = 0; n <= 31; n++) {
    const d = addDays(base, n);
    if (compareMonthDay(d, b) === 0) return n;
  }
  return -1;
}

const mergeDates: Merge = (a, b, consecutiveOnly) => {
  if (a.kind !== "month" || a.day === undefined || a.endDay !== undefined) return null;
  const from = { month: a.month, day: a.day };
  if (b.kind === "month" && b.day !== undefined && b.endDay === undefined) {
    const gap = dayGap(from, { month: b.month, day: b.day });
    if (gap < 1 || (consecutiveOnly && gap !== 1)) return null;
    return { ...a, endMonth: b.month, endDay: b.day };
  }
  // "Sept. 30 to Oct. 2, 2021": the year written once, at the end
  if (b.kind === "absolute" && !b.to && b.from.day !== undefined && b.from.month !== undefined) {
    const to = { year: b.from.year, month: b.from.month, day: b.from.day };
    const gap = dayGap(from, to);
    if (gap < 1 || (consecutiveOnly && gap !== 1)) return null;
    const year = compareMonthDay(from, to) > 0 ? to.year - 1 : to.year;
    return { kind: "absolute", from: { year, ...from }, to };
  }
  return null;
};

/** "from March 2021 to June 2022", "September 30, 2021 to October 2, 2021"; never joined by "and". */
const mergeAbsolutes: Merge = (a, b, consecutiveOnly) => {
  if (consecutiveOnly || a.kind !== "absolute" || b.kind !== "absolute" || a.to || b.to) return null;
  if (a.from.month === undefined || (a.from.day === undefined) !== (b.from.day === undefined)) return null;
  if (b.from.month === undefined || formatPartial(b.from) <= formatPartial(a.from)) return null;
  return { kind: "absolute", from: a.from, to: b.from };
};

const RULES: ReadonlyArray<[Merge, string]> = [
  [mergeWeekdays, "dates.range.weekdays"],
  [mergeDates, "dates.range.dates"],
  [mergeAbsolutes, "dates.range.dates"],
];

export const mergeRanges: Refiner = (ctx, candidates) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const prev = out.at(-1);
    const connector = prev ? CONNECTOR.exec(ctx.text.slice(prev.end, c.start)) : null;
    const merged = prev && connector ? merge(prev, c, connector[1] !== undefined) : null;
    if (prev && merged) out[out.length - 1] = { ...merged, start: prev.start, end: c.end };
    else out.push(c);
  }
  return out;
};

function merge(a: Candidate, b: Candidate, consecutiveOnly: boolean): Omit<Candidate, "start" | "end"> | null {
  for (const [rule, id] of RULES) {
    const anchor = rule(a.anchor, b.anchor, consecutiveOnly);
    if (anchor) return { anchor, rule: id, explicit: a.explicit || b.explicit };
  }
  return null;
}
