import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { addMonths, mondayOf, parseIsoDay, weekdayOf } from "./calendar.js";
import { resolveAnchor } from "./resolve.js";

const SUNDAY = { year: 2023, month: 1, day: 1 };

describe("calendar", () => {
  test("weekdayOf numbers Sunday 0", () => assert.equal(weekdayOf(SUNDAY), 0));
  test("mondayOf a Sunday is six days before", () =>
    assert.deepEqual(mondayOf(SUNDAY), { year: 2022, month: 12, day: 26 }));
  test("addMonths crosses years", () => assert.deepEqual(addMonths(2023, 1, -1), { year: 2022, month: 12 }));
  test("parseIsoDay reads the date part of a timestamp", () =>
    assert.deepEqual(parseIsoDay("2023-01-01T18:03:00Z"), SUNDAY));
  test("parseIsoDay refuses an impossible date", () => assert.equal(parseIsoDay("2023-02-30"), null));
});

describe("resolveAnchor", () => {
  test("a past month range that wraps the year ('last winter')", () => {
    const r = resolveAnchor({ kind: "month", month: 12, endMonth: 2, direction: "past", strict: true }, SUNDAY);
    assert.equal(r.value, "2021-12/2022-02");
  });
  test("a future weekday range starts after the publication day", () => {
    const r = resolveAnchor({ kind: "weekday", weekday: 4, endWeekday: 5, direction: "future" }, SUNDAY);
    assert.equal(r.value, "2023-01-05/2023-01-06");
  });
  test("a relative anchor without a reference is unknown, with its precision", () => {
    assert.deepEqual(resolveAnchor({ kind: "shift", unit: "month", amount: -1 }, null), {
      value: null,
      basis: "unknown",
      precision: "month",
      range: null,
    });
  });
  test("an absolute anchor needs no reference", () => {
    assert.equal(resolveAnchor({ kind: "absolute", from: { year: 2018 } }, null).basis, "stated");
  });
});
