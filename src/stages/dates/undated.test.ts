import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findOne } from "./expect-timex.js";

/** An undated article: nothing is resolved against today, only stated dates keep a value. */
const CASES: ReadonlyArray<[behaviour: string, sentence: string, text: string, value: string | null, basis: string]> = [
  ["'on Sunday' has no value", "Blinken met Wang on Sunday.", "Sunday", null, "unknown"],
  ["'yesterday' has no value", "The ministry summoned the envoy yesterday.", "yesterday", null, "unknown"],
  [
    "'Dec. 21' without a year has no value",
    "Both sides agreed on Dec. 21 to extend the truce.",
    "Dec. 21",
    null,
    "unknown",
  ],
  ["'in June' has no value", "The two presidents met in June.", "June", null, "unknown"],
  [
    "'last year in October' has no value",
    "Xi visited the region last year in October.",
    "last year in October",
    null,
    "unknown",
  ],
  [
    "a full date keeps its value",
    "The embassy reopened on September 30, 2021.",
    "September 30, 2021",
    "2021-09-30",
    "stated",
  ],
  ["a year keeps its value", "The two countries restored ties in 2018.", "2018", "2018", "stated"],
];

describe("undated articles", () => {
  for (const [behaviour, sentence, text, value, basis] of CASES) {
    test(behaviour, () => {
      const t = findOne(sentence, null, text);
      assert.equal(t.value, value);
      assert.equal(t.basis, basis);
    });
  }

  test("an unresolved expression still says its precision and meaning", () => {
    const t = findOne("Xi visited the region last year in October.", null, "last year in October");
    assert.equal(t.precision, "month");
    assert.equal(t.range, null);
    assert.deepEqual(t.anchor, { kind: "shift", unit: "year", amount: -1, month: 10 });
  });

  test("an unreadable publication date counts as undated", () => {
    assert.equal(findOne("They met on Sunday.", "sometime", "Sunday").value, null);
  });
});
