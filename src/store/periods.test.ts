import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isoWeek, periodOf } from "./periods.js";
import type { Period } from "./store.js";

describe("isoWeek", () => {
  const cases: [string, string][] = [
    ["2023-06-18", "2023-W24"], // a Sunday ends its week
    ["2023-06-19", "2023-W25"], // a Monday starts the next
    ["2023-01-01", "2022-W52"], // January days can belong to the previous week-year
    ["2021-01-03", "2020-W53"], // a 53-week year
    ["2024-12-30", "2025-W01"], // December days can belong to the next
    ["2026-01-01", "2026-W01"],
  ];
  for (const [date, week] of cases) it(`${date} is in ${week}`, () => assert.equal(isoWeek(date), week));
});

describe("periodOf", () => {
  const cases: [string | null, Period, string | null][] = [
    ["2023-06-18", "day", "2023-06-18"],
    ["2023-06-18", "month", "2023-06"],
    ["2023-06-18", "year", "2023"],
    ["2023-06", "month", "2023-06"],
    ["2023-06", "week", null], // too coarse for the period
    ["2023-06", "day", null],
    ["2023", "year", "2023"],
    ["2023", "month", null],
    [null, "year", null],
  ];
  for (const [date, by, period] of cases) {
    it(`${date} by ${by} → ${period}`, () => assert.equal(periodOf(date, by), period));
  }
});
