import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { temporalAsides } from "./asides.js";

function asides(text: string): string[] {
  return temporalAsides(text, { start: 0, end: text.length }).map((a) => text.slice(a.start, a.end));
}

describe("temporalAsides: phrases that place the event relative to another", () => {
  test("a 'since' clause runs to the sentence's end", () =>
    assert.deepEqual(asides("She is the first envoy to visit since the summit in Lima in May."), [
      "since the summit in Lima in May.",
    ]));
  test("a fronted 'Before' phrase closes at its comma", () =>
    assert.deepEqual(asides("Before the vote in Brussels, the ministers met on Friday."), [
      "Before the vote in Brussels",
    ]));
  test("'ahead of' and 'following' open asides too", () =>
    assert.deepEqual(asides("Ahead of the G20 in Delhi, Wang flew to Moscow following talks in Ankara."), [
      "Ahead of the G20 in Delhi",
      "following talks in Ankara.",
    ]));
  test("'the following day' and a bare 'before' are not asides", () =>
    assert.deepEqual(asides("The ministers met the following day, as they had agreed before."), []));
});
