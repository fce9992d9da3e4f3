import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tenseAround } from "./tense.js";

/** `[behaviour, sentence, date words]`: the tense the clause gives the date. */
const CASES: ReadonlyArray<[string, string, string, "past" | "future" | null]> = [
  ["'will' before the date", "Wang will visit Berlin on Monday.", "Monday", "future"],
  ["''ll' contracted", "She'll brief the council on Monday.", "Monday", "future"],
  ["'is expected to'", "He is expected to arrive in Beijing on Tuesday.", "Tuesday", "future"],
  ["'to be held'", "A vote to be held on Friday was announced.", "Friday", "future"],
  ["a passive after 'will be' is not past", "Talks will be held on Friday.", "Friday", "future"],
  ["a timetable present 'opens'", "The summit opens in Madrid on Friday.", "Friday", "future"],
  ["'said' is past", "The envoy said on Friday that talks had stalled.", "Friday", "past"],
  ["an '-ed' verb is past", "Ankara recalled its ambassador on Friday.", "Friday", "past"],
  ["the month 'May' is not the modal", "Talks in May 2019 ended on Friday.", "Friday", "past"],
  ["a fronted date looks ahead to its verb", "On Friday, the minister will travel to Nairobi.", "Friday", "future"],
  ["no verb, no tense", "Friday: talks in Geneva.", "Friday", null],
];

describe("tenseAround", () => {
  for (const [behaviour, sentence, date, expected] of CASES) {
    test(behaviour, () => {
      const start = sentence.indexOf(date);
      const span = { start, end: start + date.length };
      assert.equal(tenseAround(sentence, { start: 0, end: sentence.length }, span), expected);
    });
  }
});
