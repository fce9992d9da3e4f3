import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne, type Row, runTable } from "./expect-timex.js";

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'in June' in the past is the latest June", "The two presidents met in June.", "2023-09-10", "June", "2023-06"],
  ["'in November' before the publication month is last year's", "Beijing hosted the talks in November.", "2023-03-01", "November", "2022-11"],
  ["'in November' with a future verb is the coming one", "Pyongyang is expected to respond in November.", "2023-03-01", "November", "2023-11"],
  ["a future month already past this year is next year's", "Officials will reconvene in February.", "2023-03-01", "February", "2024-02"],
  ["the publication month itself, in the past, is this month", "Trade with Iran fell sharply in March.", "2023-03-20", "March", "2023-03"],
  ["'Dec. 21' in a January article is last December", "Both sides agreed on Dec. 21 to extend the truce.", "2023-01-02", "Dec. 21", "2022-12-21"],
  ["'February 4' before publication", "Wang arrived in Moscow on February 4.", "2023-02-10", "February 4", "2023-02-04"],
  ["'4 February' with a future verb", "The treaty will enter into force on 4 February.", "2023-01-15", "4 February", "2023-02-04"],
  ["'June 14' in the past", "The council voted on June 14 to renew the mission.", "2023-06-20", "June 14", "2023-06-14"],
  ["'last year in October' is October of the previous year", "Xi visited the region last year in October.", "2023-05-01", "last year in October", "2022-10"],
  ["'October last year'", "The agreement was signed in October last year.", "2023-05-01", "October last year", "2022-10"],
  ["'earlier in September' keeps the month", "Earlier in September, Tokyo lodged a protest.", "2023-09-20", "September", "2023-09"],
  ["'in late July' keeps month precision", "The ceasefire collapsed in late July.", "2023-08-15", "late July", "2023-07"],
  ["'in early February'", "Seoul sent a delegation in early February.", "2023-03-01", "early February", "2023-02"],
  ["'at the end of February' with a future verb", "The mission will close at the end of February.", "2023-01-10", "the end of February", "2023-02"],
  ["'last June' in June is a year earlier", "The minister resigned last June.", "2023-06-15", "last June", "2022-06"],
  ["'next March'", "Elections are due next March.", "2023-05-01", "next March", "2024-03"],
  ["'this June'", "The summit will take place this June.", "2023-02-01", "this June", "2023-06"],
  ["'late last July'", "The envoy was expelled late last July.", "2023-03-22", "late last July", "2022-07"],
  ["'last summer' is June to August of the last summer over", "Negotiations began last summer.", "2023-03-01", "last summer", "2022-06/2022-08"],
  ["'the summer of 2021' is stated", "Troops withdrew in the summer of 2021.", null, "summer of 2021", "2021-06/2021-08"],
  ["'the third quarter of 2022'", "Exports to Russia doubled in the third quarter of 2022.", null, "third quarter of 2022", "2022-07/2022-09"],
  ["'last quarter' is the previous calendar quarter", "Trade with the bloc grew last quarter.", "2023-05-10", "last quarter", "2023-01/2023-03"],
];

describe("months and days without a year: the tense and the publication date decide", () => {
  runTable(ROWS);

  test("a modifier is kept in the anchor, not in the value", () => {
    const t = findOne("The ceasefire collapsed in late July.", "2023-08-15", "late July");
    assert.equal(t.precision, "month");
    assert.deepEqual(t.anchor, {
      kind: "month",
      month: 7,
      day: undefined,
      endDay: undefined,
      direction: "past",
      mod: "late",
    });
  });

  test("rule ids name the month readings", () => {
    assert.equal(findOne("Both sides agreed on Dec. 21.", "2023-01-02", "Dec. 21").rule, "dates.month-day.news-past");
    assert.equal(findOne("They will meet in May.", "2023-01-02", "May").rule, "dates.month.future-verb");
  });
});
