/**
 * Turns an anchor into a value against the publication day. Without one (an undated article) only
 * `absolute` anchors get a value; the rest keep their precision and get value null, basis unknown.
 */

import {
  addDays,
  addMonths,
  compareMonthDay,
  formatPartial,
  mondayOf,
  precisionOf,
  weekdayOf,
  type Ymd,
} from "./calendar.js";
import type { Anchor, PartialYmd, Precision, Timex } from "./types.js";

export type Resolution = Pick<Timex, "value" | "basis" | "precision" | "range">;

function resolved(from: PartialYmd, to?: PartialYmd): Omit<Resolution, "basis"> {
  const start = formatPartial(from);
  if (!to) return { value: start, precision: precisionOf(from), range: null };
  const end = formatPartial(to);
  return { value: `${start}/${end}`, precision: precisionOf(from), range: { start, end } };
}

/**
 * "on Sunday" published on a Sunday is that day; "will visit on Monday" published Sunday is the next
 * day; "will cause disruption on Friday" published on a Friday is that same Friday (a week ahead,
 * news writes "next Friday", which is `strict`).
 */
function weekdayDate(ref: Ymd, weekday: number, direction: "past" | "future", strict: boolean): Ymd {
  const today = weekdayOf(ref);
  if (direction === "future") return addDays(ref, (weekday - today + 7) % 7 || (strict ? 7 : 0));
  return addDays(ref, -((today - weekday + 7) % 7 || (strict ? 7 : 0)));
}

function resolveWeekday(a: Extract<Anchor, { kind: "weekday" }>, ref: Ymd): Omit<Resolution, "basis"> {
  const strict = a.strict === true;
  if (a.endWeekday === undefined) return resolved(weekdayDate(ref, a.weekday, a.direction, strict));
  const span = (a.endWeekday - a.weekday + 7) % 7;
  // a past range ends on or before the publication day; a future one starts after it
  if (a.direction === "past") {
    const end = weekdayDate(ref, a.endWeekday, "past", strict);
    return resolved(addDays(end, -span), end);
  }
  const start = weekdayDate(ref, a.weekday, "future", strict);
  return resolved(start, addDays(start, span));
}

/**
 * The year of the range's first month. Past: the latest occurrence that has begun by the publication
 * day ("in June" published in June is this June); `strict` past ("last summer"): the latest one
 * over before the publication month. Future: the first that has not begun earlier.
 */
function yearFor(a: Extract<Anchor, { kind: "month" }>, ref: Ymd): number {
  const first = { month: a.month, day: a.day ?? 1 };
  const last = { month: a.endMonth ?? a.month, day: a.endDay ?? a.day ?? 1 };
  const pub = a.day === undefined ? { month: ref.month, day: 1 } : ref;
  const wraps = compareMonthDay(first, last) > 0; // "winter": December to February
  if (a.direction === "past" && a.strict) {
    const endYear = compareMonthDay(last, pub) < 0 ? ref.year : ref.year - 1;
    return wraps ? endYear - 1 : endYear;
  }
  const cmp = compareMonthDay(first, pub);
  if (a.direction === "past") return cmp < 0 || cmp === 0 ? ref.year : ref.year - 1;
  return cmp > 0 || (cmp === 0 && !a.strict) ? ref.year : ref.year + 1;
}

function resolveMonth(a: Extract<Anchor, { kind: "month" }>, ref: Ymd): Omit<Resolution, "basis"> {
  const year = yearFor(a, ref);
  const from = { year, month: a.month, day: a.day };
  if (a.endDay === undefined && a.endMonth === undefined) return resolved(from);
  const endMonth = a.endMonth ?? a.month;
  const endYear = endMonth < a.month ? year + 1 : year;
  return resolved(from, { year: endYear, month: endMonth, day: a.endDay });
}

function resolveShift(a: Extract<Anchor, { kind: "shift" }>, ref: Ymd): Omit<Resolution, "basis"> {
  switch (a.unit) {
    case "day":
      return resolved(addDays(ref, a.amount));
    case "week": {
      const monday = addDays(mondayOf(ref), 7 * a.amount);
      return resolved(monday, addDays(monday, 6));
    }
    case "month":
      return resolved(addMonths(ref.year, ref.month, a.amount));
    case "quarter": {
      const first = addMonths(ref.year, ref.month - ((ref.month - 1) % 3), 3 * a.amount);
      return resolved(first, addMonths(first.year, first.month, 2));
    }
    case "year": {
      const year = ref.year + a.amount;
      if (!a.month) return resolved({ year });
      return resolved({ year, month: a.month }, a.endMonth ? { year, month: a.endMonth } : undefined);
    }
  }
}

/** The precision an anchor would have once resolved, known even in an undated article. */
export function nominalPrecision(a: Anchor): Precision {
  switch (a.kind) {
    case "absolute":
      return precisionOf(a.from);
    case "month":
      return a.day === undefined ? "month" : "day";
    case "shift":
      if (a.unit === "year") return a.month ? "month" : "year";
      return a.unit === "month" || a.unit === "quarter" ? "month" : "day";
    default:
      return "day";
  }
}

export function resolveAnchor(anchor: Anchor, ref: Ymd | null): Resolution {
  if (anchor.kind === "absolute") return withBasis(resolved(anchor.from, anchor.to), "stated");
  if (!ref) return { value: null, basis: "unknown", precision: nominalPrecision(anchor), range: null };
  const found =
    anchor.kind === "weekday"
      ? resolveWeekday(anchor, ref)
      : anchor.kind === "month"
        ? resolveMonth(anchor, ref)
        : anchor.kind === "shift"
          ? resolveShift(anchor, ref)
          : resolved(ref);
  return withBasis(found, "relative");
}

/** The fields listed, not spread and extended: one hidden class for every resolution (docs/performance.md). */
function withBasis(found: Omit<Resolution, "basis">, basis: Resolution["basis"]): Resolution {
  return { value: found.value, precision: found.precision, range: found.range, basis };
}
