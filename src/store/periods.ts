import type { PartialDate } from "../model/records.js";
import type { Period } from "./store.js";

const PRECISION: Record<Period, number> = { day: 10, week: 10, month: 7, year: 4 };

/**
 * The period a date falls in, or null when the date is coarser than the period: an event known
 * only to a month cannot be placed in a week, so it counts in month and year series only.
 *
 * @example periodOf("2023-06-18", "week") === "2023-W24"; periodOf("2023-06", "day") === null
 */
export function periodOf(date: PartialDate | null, by: Period): string | null {
  if (date === null || date.length < PRECISION[by]) return null;
  switch (by) {
    case "day":
      return date.slice(0, 10);
    case "week":
      return isoWeek(date);
    case "month":
      return date.slice(0, 7);
    case "year":
      return date.slice(0, 4);
  }
}

/**
 * ISO 8601 week `YYYY-Www` of a `YYYY-MM-DD` date: weeks start on Monday and week 1 holds the
 * year's first Thursday, so the week-year can differ from the calendar year near January 1.
 *
 * @example isoWeek("2021-01-03") === "2020-W53"
 */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(year, month - 1, day));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const weekYear = t.getUTCFullYear();
  const dayOfYear = (t.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}
