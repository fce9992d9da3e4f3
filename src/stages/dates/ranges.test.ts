import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne, type Row, runTable } from "./expect-timex.js";
import { findTimexes } from "./find.js";

// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'on Thursday and Friday' with a future verb", "The ministers will meet on Thursday and Friday.", "2023-01-02", "Thursday and Friday", "2023-01-05/2023-01-06"],
  ["'Thursday and Friday' in the past ends on or before publication", "Talks were held on Thursday and Friday in Doha.", "2023-01-08", "Thursday and Friday", "2023-01-05/2023-01-06"],
  ["'from Monday to Wednesday'", "The envoy toured the region from Monday to Wednesday.", "2023-01-06", "Monday to Wednesday", "2023-01-02/2023-01-04"],
  ["'June 18-19' takes the year before publication", "G7 leaders gathered in Hiroshima on June 18-19.", "2023-06-25", "June 18-19", "2023-06-18/2023-06-19"],
  ["'18 and 19 June'", "The conference took place on 18 and 19 June in Vienna.", "2023-07-01", "18 and 19 June", "2023-06-18/2023-06-19"],
  ["'June 18 and 19, 2023' keeps its stated year", "The talks on June 18 and 19, 2023 produced no text.", null, "June 18 and 19, 2023", "2023-06-18/2023-06-19"],
  ["'Oct. 26-27' as a modifier", "The Oct. 26-27 summit ended without a joint statement.", "2023-11-02", "Oct. 26-27", "2023-10-26/2023-10-27"],
  ["a range across months", "Observers monitored the vote from June 30 to July 2.", "2023-07-10", "June 30 to July 2", "2023-06-30/2023-07-02"],
  ["a range across months with the year at its end", "The forum ran from Sept. 30 to Oct. 2, 2021.", null, "Sept. 30 to Oct. 2, 2021", "2021-09-30/2021-10-02"],
  ["a range from a month to a month", "Sanctions applied from March 2021 to June 2022.", null, "March 2021 to June 2022", "2021-03/2022-06"],
];

describe("ranges: two days joined become one timex", () => {
  runTable(ROWS);

  test("'Monday and Wednesday' are two days, not a range", () => {
    const found = findTimexes("Envoys met on Monday and Wednesday.", { publishedAt: "2023-01-06" });
    assert.deepEqual(
      found.map((t) => [t.text, t.value]),
      [
        ["Monday", "2023-01-02"],
        ["Wednesday", "2023-01-04"],
      ],
    );
  });

  test("a range has its two ends and the rule that merged it", () => {
    const t = findOne("The ministers will meet on Thursday and Friday.", "2023-01-02", "Thursday and Friday");
    assert.deepEqual(t.range, { start: "2023-01-05", end: "2023-01-06" });
    assert.equal(t.rule, "dates.range.weekdays");
  });

  test("'2009-2010' stays two years, as TimeML annotates it", () => {
    const found = findTimexes("The crisis of 2009-2010 hit exporters.", { publishedAt: null });
    assert.deepEqual(
      found.map((t) => t.value),
      ["2009", "2010"],
    );
  });
});
