import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne, type Row, runTable } from "./expect-timex.js";

// 2023-01-05 was a Thursday.
// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'yesterday'", "The foreign ministry summoned the envoy yesterday.", "2023-01-02", "yesterday", "2023-01-01"],
  ["'yesterday morning' is one expression", "Rockets struck the capital yesterday morning.", "2023-03-01", "yesterday morning", "2023-02-28"],
  ["'today'", "The Security Council meets today to discuss the strikes.", "2023-01-05", "today", "2023-01-05"],
  ["'tomorrow'", "Blinken travels to Ankara tomorrow.", "2023-12-31", "tomorrow", "2024-01-01"],
  ["'tonight'", "The cabinet will vote tonight on the aid package.", "2023-01-05", "tonight", "2023-01-05"],
  ["'last night' is the day before", "Officials confirmed last night that the envoy had left.", "2023-01-05", "last night", "2023-01-04"],
  ["'last year'", "Bilateral trade reached a record last year.", "2023-05-01", "last year", "2022"],
  ["'this year'", "The alliance will admit two members this year.", "2023-05-01", "this year", "2023"],
  ["'next year'", "Both leaders promised to meet again next year.", "2023-05-01", "next year", "2024"],
  ["'last month' across a year", "Tokyo expelled two diplomats last month.", "2023-01-15", "last month", "2022-12"],
  ["'earlier this month'", "The ministers spoke by phone earlier this month.", "2023-01-15", "earlier this month", "2023-01"],
  ["'last week' is the previous Monday-to-Sunday week", "Ankara hosted the talks last week.", "2023-01-05", "last week", "2022-12-26/2023-01-01"],
  ["'this week' is the current week", "The envoy is in Cairo this week.", "2023-01-05", "this week", "2023-01-02/2023-01-08"],
  ["'two years ago'", "The embassy closed two years ago.", "2023-05-01", "two years ago", "2021"],
  ["'a week ago' is the day seven days before", "The ceasefire began a week ago.", "2023-01-05", "a week ago", "2022-12-29"],
  ["'now' is the publication day", "The two sides are now negotiating a new text.", "2023-01-05", "now", "2023-01-05"],
  ["'by the end of the year'", "The troops will leave by the end of the year.", "2023-05-01", "the end of the year", "2023"],
];

describe("relative expressions resolve against the publication date", () => {
  runTable(ROWS);

  test("a relative expression says so", () => {
    const t = findOne("Ankara hosted the talks last week.", "2023-01-05", "last week");
    assert.equal(t.basis, "relative");
    assert.deepEqual(t.range, { start: "2022-12-26", end: "2023-01-01" });
    assert.deepEqual(t.anchor, { kind: "shift", unit: "week", amount: -1, mod: undefined });
  });
});
