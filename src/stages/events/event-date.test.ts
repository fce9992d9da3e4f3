import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { TimexMention } from "../../doc/layers.js";
import { eventDate } from "./event-date.js";

/** A week timex as the dates stage resolves it: Monday to Sunday. */
function week(text: string, value = "2021-07-26/2021-08-01"): TimexMention {
  return { start: 0, end: text.length, text, value, basis: "relative", precision: "day", range: null, rule: "test" };
}

const span = (text: string, publishedAt: string, value?: string) => {
  const d = eventDate(week(text, value), "reported", publishedAt);
  return [d.date, d.date_end];
};

describe("eventDate: a period cut at the publication day", () => {
  test("'earlier this week' in a Thursday article: Monday to Thursday", () =>
    assert.deepEqual(span("earlier this week", "2021-07-29"), ["2021-07-26", "2021-07-29"]));
  test("'earlier this month' in an article of the 9th: the 1st to the 9th", () =>
    assert.deepEqual(span("earlier this month", "2023-03-09", "2023-03-01/2023-03-31"), ["2023-03-01", "2023-03-09"]));
  test("'later this week' in a Wednesday article: Wednesday to Sunday", () =>
    assert.deepEqual(span("later this week", "2023-07-05", "2023-07-03/2023-07-09"), ["2023-07-05", "2023-07-09"]));
  test("'earlier this week' on its Monday is that Monday", () =>
    assert.deepEqual(span("earlier this week", "2021-07-26"), ["2021-07-26", null]));
  test("'earlier this week' of a background event is cut too", () => {
    const d = eventDate(week("earlier this week"), "reported", "2021-07-29", true);
    assert.deepEqual([d.date, d.date_end], ["2021-07-26", "2021-07-29"]);
  });
  test("a background event with no date of its own stays undated", () => {
    assert.equal(eventDate(null, "reported", "2021-07-29", true).date, null);
    assert.equal(eventDate(null, "reported", "2021-07-29").date, "2021-07-29");
  });
  test("'this week' keeps the whole week", () =>
    assert.deepEqual(span("this week", "2021-07-29"), ["2021-07-26", "2021-08-01"]));
});
