import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Row, runTable } from "./expect-timex.js";
import { scanRows } from "./finders/scan.js";

// Rows whose patterns only run on texts holding their cue word: the cue must pass in any case and spacing.
// biome-ignore format: one case per line reads as a table
const CUED: Row[] = [
  ["a bare season after 'in the'", "Inspectors will return in the spring.", "2023-05-10", "spring", "2024-03/2024-05"],
  ["a shouted season after 'during the'", "Gas imports peaked during the WINTER months.", "2023-05-10", "WINTER", "2022-12/2023-02"],
  ["a capitalised season opening a sentence", "Last Summer the envoy resigned.", "2023-05-10", "Last Summer", "2022-06/2022-08"],
  ["a quarter written Q3 with its year", "Output grew 3% in Q3 2021.", null, "Q3 2021", "2021-07/2021-09"],
  ["a capitalised 'ago'", "Three Weeks Ago the border closed.", "2023-05-10", "Three Weeks Ago", "2023-04-19"],
  ["a capitalised part of a period", "By the End of the Month a deal is due.", "2023-05-10", "the End of the Month", "2023-05"],
  ["'the day before yesterday' in title case", "The Day Before Yesterday the minister flew home.", "2023-05-10", "The Day Before Yesterday", "2023-05-08"],
  ["'earlier this year' opening a sentence", "Earlier This Year the bloc took in two members.", "2023-05-10", "Earlier This Year", "2023"],
  ["a century", "In the 19th Century the port was built by traders.", null, "19th Century", "1800/1899"],
  ["'this morning' after a line break", "The talks ended this\nmorning without a statement.", "2023-05-10", "this\nmorning", "2023-05-10"],
  ["the second year of a span, with an en dash", "The 2009–10 budget was cut.", null, "10", "2010"],
  ["a pair of days before the month", "Talks were held on 5 and 6 June 2019 in Oslo.", null, "5 and 6 June 2019", "2019-06-05/2019-06-06"],
  ["a pair of days after the month, with an ampersand", "Talks were held on June 5 & 6, 2019 in Oslo.", null, "June 5 & 6, 2019", "2019-06-05/2019-06-06"],
  ["'last year in' a month", "The bloc met last year in May.", "2023-05-10", "last year in May", "2022-05"],
  ["a month 'of next year'", "Elections come in May of next year.", "2023-05-10", "May of next year", "2024-05"],
  ["a shouted month after 'next'", "The vote is due next FEBRUARY.", "2023-05-10", "next FEBRUARY", "2024-02"],
];

describe("dates: cued rows still find their dates", () => runTable(CUED));

describe("scanRows: a row with a cue", () => {
  const build = () => ({ anchor: { kind: "present" as const }, rule: "test" });
  const rows = [{ pattern: /\bnow\b/gi, build, cue: /now\b/i }];

  test("scans a text that passes its cue", () => {
    assert.deepEqual(
      scanRows("Talks are NOW under way.", rows).map((c) => [c.start, c.end]),
      [[10, 13]],
    );
  });

  test("skips a text that fails its cue, even when the pattern would match", () => {
    const wrongCue = [{ pattern: /\bnow\b/gi, build, cue: /never/ }];
    assert.deepEqual(scanRows("Talks are now under way.", wrongCue), []);
  });
});
