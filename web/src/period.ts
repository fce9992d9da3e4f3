/** Periods of a relations series (`2023-06-18`, `2023-W24`, `2023-06`, `2023`) as date intervals. */
import { isoDay, toTime } from "./time.js";

const DAY = 86_400_000;

/**
 * First and last day of a period, as `YYYY-MM-DD`; an ISO week runs Monday to Sunday.
 *
 * @example periodBounds("2023-W24") // ["2023-06-12", "2023-06-18"]
 */
export function periodBounds(period: string): [string, string] {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const year = Number(week[1]);
    const jan4 = Date.UTC(year, 0, 4); // January 4 is always in week 1
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * DAY;
    const start = monday1 + (Number(week[2]) - 1) * 7 * DAY;
    return [isoDay(start), isoDay(start + 6 * DAY)];
  }
  const start = toTime(period, "start") ?? 0;
  const end = toTime(period, "end") ?? start;
  return [isoDay(start), isoDay(end)];
}

/** Start and end (exclusive, next day) of a period in milliseconds, for drawing. */
export function periodTimes(period: string): [number, number] {
  const [a, b] = periodBounds(period);
  return [toTime(a) ?? 0, (toTime(b) ?? 0) + DAY];
}
