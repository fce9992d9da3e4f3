/**
 * Calendar arithmetic on plain `{year, month, day}` values, in UTC so that the host's time zone
 * never shifts a day. Only `Date.UTC` with explicit arguments is used: nothing here reads the clock.
 */

import type { PartialYmd, Precision } from "./types.js";

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function toEpochDay(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

function fromEpochDay(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(d) + days);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay` and chrono number them. */
export function weekdayOf(d: Ymd): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidYmd(d: Ymd): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** `{year, month}` moved by whole months: (2023, 1) - 1 → (2022, 12). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Monday of the ISO week holding `d`. */
export function mondayOf(d: Ymd): Ymd {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** -1, 0 or 1, comparing month/day pairs within a year. */
export function compareMonthDay(a: { month: number; day: number }, b: { month: number; day: number }): number {
  return Math.sign(a.month - b.month || a.day - b.day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function precisionOf(d: PartialYmd): Precision {
  if (d.month === undefined) return "year";
  return d.day === undefined ? "month" : "day";
}

/** `2023`, `2023-10`, `2023-10-26`: the string's length is its precision. */
export function formatPartial(d: PartialYmd): string {
  const year = pad(d.year, 4);
  if (d.month === undefined) return year;
  const month = `${year}-${pad(d.month, 2)}`;
  return d.day === undefined ? month : `${month}-${pad(d.day, 2)}`;
}

/** Reads `2023-01-02` or `2023-01-02T10:00:00Z` (the date part only); null for anything else. */
export function parseIsoDay(value: string | null | undefined): Ymd | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const d = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidYmd(d) ? d : null;
}
