import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne, type Row, runTable } from "./expect-timex.js";

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["a full date", "The embassy reopened on September 30, 2021.", "2023-01-01", "September 30, 2021", "2021-09-30"],
  ["an ISO date", "The communique is dated 2021-10-01.", "2023-01-01", "2021-10-01", "2021-10-01"],
  ["an ordinal day with an abbreviated month", "The envoy arrived on 2nd Jan, 2023.", "2023-02-01", "2nd Jan, 2023", "2023-01-02"],
  ["a month and year is month precision", "Relations soured in October 2022.", "2023-01-01", "October 2022", "2022-10"],
  ["'since July 2021' keeps the date part only", "He has served as ambassador since July 2021.", "2023-01-01", "July 2021", "2021-07"],
  ["'in 2018' is year precision", "The two countries restored ties in 2018.", "2023-01-01", "2018", "2018"],
  ["a year as a modifier", "Officials recalled the 2015 nuclear deal.", "2023-01-01", "2015", "2015"],
  ["'at the beginning of 2021' keeps year precision", "The talks stalled at the beginning of 2021.", "2023-01-01", "the beginning of 2021", "2021"],
  ["'mid-2020'", "The border closed in mid-2020.", "2023-01-01", "mid-2020", "2020"],
  ["a decade is a range of years", "Ties were frozen for much of the 1990s.", "2023-01-01", "1990s", "1990/1999"],
  ["a short decade after 'the'", "Detente ended in the '80s.", "2023-01-01", "80s", "1980/1989"],
  ["a century", "It was the bloodiest war of the 20th century.", "2023-01-01", "20th century", "1900/1999"],
  ["the second year of '1957-58'", "The treaty talks of 1957-58 failed.", "2023-01-01", "58", "1958"],
];

describe("stated dates keep their precision and need no publication date", () => {
  runTable(ROWS);

  test("a stated date has basis stated and day precision", () => {
    const t = findOne("The embassy reopened on September 30, 2021.", "2023-01-01", "September 30, 2021");
    assert.equal(t.basis, "stated");
    assert.equal(t.precision, "day");
    assert.equal(t.range, null);
  });
});
