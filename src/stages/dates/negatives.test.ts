import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findTimexes } from "./find.js";

/** Numbers, durations and names that look like dates but are not. */
const NOT_DATES: ReadonlyArray<[behaviour: string, sentence: string]> = [
  ["a duration 'the past two months'", "Shelling has intensified over the past two months."],
  ["a duration '5 years'", "The pact was extended by 5 years."],
  ["an adjective 'two-day'", "The two-day visit produced a joint statement."],
  ["'Track 2' diplomacy", "Former officials held Track 2 talks in Oslo."],
  ["a count '24 members'", "The bloc has 24 members."],
  ["a bare number", "Turnout was 56 in the first district."],
  ["a decimal", "Growth slowed to 1.5 in the third estimate."],
  ["an ordinal 'third term'", "Xi began a third term as president."],
  ["a name 'Theresa May'", "Theresa May met the Irish taoiseach."],
  ["a modal 'may'", "The envoy may not attend the ceremony."],
  ["a verb 'march'", "Protesters plan to march on the embassy."],
  ["a four-digit count", "Ankara sent 2000 troops to the border."],
  ["a newspaper", "He told the Sunday Times he would resign."],
  ["a numbered resolution", "Iran rejected Resolution 2231 outright."],
  ["a radio programme", "The minister told Today that sanctions would stay."],
  ["'24/7' is not a slash date", "The crossing is monitored 24/7 by both armies."],
  ["a date relative to another event", "Two days later the embassy was evacuated."],
  ["an age is not a decade", "The negotiator, now in her 70s, retired."],
];

describe("no timex where there is no date", () => {
  for (const [behaviour, sentence] of NOT_DATES) {
    test(behaviour, () => {
      const found = findTimexes(sentence, { publishedAt: "2023-01-05" }).filter((t) => t.anchor?.kind !== "present");
      assert.deepEqual(
        found.map((t) => t.text),
        [],
      );
    });
  }
});
