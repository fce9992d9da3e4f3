/**
 * Gold TIMEX3 values and our values compared in one form. Ours are ISO dates, partial dates and
 * ranges `a/b`; TimeML has more notations, mapped here to what they denote:
 * - `2013-W12` (an ISO week) → its Monday-to-Sunday range, as we write "this week";
 * - `2013-Q1` → `2013-01/2013-03`; seasons `2012-SU` → `2012-06/2012-08` (meteorological, northern);
 * - a century `19` → `1900/1999`, a decade `199` → `1990/1999`;
 * - `PRESENT_REF` → the document's creation day, which is what we give "now";
 * - times `2013-03-22T14:00` → their day;
 * - `PAST_REF`, `FUTURE_REF` and values with `X` have no date: they never match.
 */

import { addDays, formatPartial, mondayOf, parseIsoDay } from "../calendar.js";

const SEASONS: Readonly<Record<string, [number, number, number]>> = {
  SP: [3, 5, 0],
  SU: [6, 8, 0],
  FA: [9, 11, 0],
  WI: [12, 2, 1],
};

function isoWeek(year: number, week: number): string {
  const jan4 = { year, month: 1, day: 4 };
  const monday = addDays(mondayOf(jan4), 7 * (week - 1));
  return `${formatPartial(monday)}/${formatPartial(addDays(monday, 6))}`;
}

function month(year: number, m: number): string {
  return formatPartial({ year, month: m });
}

export function normaliseValue(value: string | null, dct: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (v === "PRESENT_REF") return parseIsoDay(dct) ? (dct as string).slice(0, 10) : null;
  if (/X|_REF/.test(v)) return null;
  let m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) return isoWeek(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) {
    const q = Number(m[2]);
    return `${month(Number(m[1]), q * 3 - 2)}/${month(Number(m[1]), q * 3)}`;
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) {
    const [from, to, carry] = SEASONS[m[2] as string] as [number, number, number];
    return `${month(Number(m[1]), from)}/${month(Number(m[1]) + carry, to)}`;
  }
  if (/^\d{2}$/.test(v)) return `${v}00/${v}99`;
  if (/^\d{3}$/.test(v)) return `${v}0/${v}9`;
  m = /^(\d{4}-\d{2}-\d{2})T/.exec(v);
  if (m) return m[1] as string;
  return v;
}
