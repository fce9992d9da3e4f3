import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne, type Row, runTable } from "./expect-timex.js";

// 2023-01-01 was a Sunday; 2023-01-06 a Friday.
// biome-ignore format: one case per line reads as a table
const ROWS: Row[] = [
  ["'on Sunday' published on a Sunday is that same day", "Blinken met Wang Yi in Munich on Sunday.", "2023-01-01", "Sunday", "2023-01-01"],
  ["'on Monday' published on a Sunday is the Monday before", "The foreign ministers spoke by phone on Monday.", "2023-01-01", "Monday", "2022-12-26"],
  ["future 'will visit on Monday' published on a Sunday is the next day", "Wang will visit Berlin on Monday.", "2023-01-01", "Monday", "2023-01-02"],
  ["a bare weekday after 'said' is the past day", "The envoy said Thursday that talks had stalled.", "2023-01-06", "Thursday", "2023-01-05"],
  ["'is expected to ... on Tuesday' is the next Tuesday", "Sullivan is expected to arrive in Beijing on Tuesday.", "2023-01-05", "Tuesday", "2023-01-10"],
  ["'is due to' makes the weekday future", "The delegation is due to sign the accord on Friday.", "2023-01-03", "Friday", "2023-01-06"],
  ["'plans to' makes the weekday future", "Seoul plans to send an envoy to Tokyo on Wednesday.", "2023-01-02", "Wednesday", "2023-01-04"],
  ["'next Tuesday' is after the publication day even on a Tuesday", "Negotiators said they would meet again next Tuesday.", "2023-01-03", "next Tuesday", "2023-01-10"],
  ["'last Friday' published on a Friday is a week earlier", "Ankara recalled its ambassador last Friday.", "2023-01-06", "last Friday", "2022-12-30"],
  ["'this Sunday morning' keeps its words and is the day", "Protesters gathered outside the embassy this Sunday morning.", "2023-01-01", "this Sunday morning", "2023-01-01"],
  ["a fronted weekday takes the future verb that follows", "On Thursday, the minister will travel to Nairobi.", "2023-01-02", "Thursday", "2023-01-05"],
  ["a fronted weekday takes the past verb that follows", "On Wednesday, the ambassador delivered a formal protest.", "2023-01-06", "Wednesday", "2023-01-04"],
  ["a future verb on the publication weekday is that same day", "Heavy snow will delay the border talks on Friday.", "2023-01-06", "Friday", "2023-01-06"],
  ["'will be held' is future, not a past participle", "The vote will be held on Saturday.", "2023-01-02", "Saturday", "2023-01-07"],
  ["'said on Tuesday that he would' dates the saying, in the past", "Macron said on Tuesday that he would travel to Kyiv.", "2023-01-05", "Tuesday", "2023-01-03"],
  ["'the weekend' in the past is the last Saturday and Sunday", "Leaders met over the weekend in Brussels.", "2023-01-02", "weekend", "2022-12-31/2023-01-01"],
];

describe("weekdays: the most recent such day, unless the verb is future", () => {
  runTable(ROWS);

  test("rule ids say which reading was taken", () => {
    assert.equal(
      findOne("Wang will visit Berlin on Monday.", "2023-01-01", "Monday").rule,
      "dates.weekday.future-verb",
    );
    assert.equal(findOne("They met on Monday.", "2023-01-01", "Monday").rule, "dates.weekday.news-past");
  });

  test("a resolved weekday is relative, day precision, with its anchor", () => {
    const t = findOne("They met on Monday.", "2023-01-01", "Monday");
    assert.equal(t.basis, "relative");
    assert.equal(t.precision, "day");
    assert.deepEqual(t.anchor, {
      kind: "weekday",
      weekday: 1,
      endWeekday: undefined,
      direction: "past",
      strict: false,
    });
  });
});
