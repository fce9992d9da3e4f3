import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { clauseAround } from "./clauses.js";
import { sentenceAt, splitSentences } from "./sentences.js";

const slices = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  test("splits at a full stop before a capital", () => {
    assert.deepEqual(slices("Xi met Biden. They spoke for hours."), ["Xi met Biden.", "They spoke for hours."]);
  });
  test("does not split after a month abbreviation or a title", () => {
    assert.deepEqual(slices("Talks began on Dec. 21 in Geneva. Mr. Wang left."), [
      "Talks began on Dec. 21 in Geneva.",
      "Mr. Wang left.",
    ]);
  });
  test("a line break ends a sentence", () => {
    assert.deepEqual(slices("Headline without stop\nBody text."), ["Headline without stop", "Body text."]);
  });
  test("sentenceAt finds the sentence of an offset, else the whole text", () => {
    const text = "One. Two.";
    assert.deepEqual(sentenceAt(splitSentences(text), 6, text.length), { start: 5, end: 9 });
    assert.deepEqual(sentenceAt([], 3, text.length), { start: 0, end: 9 });
  });
});

describe("clauseAround", () => {
  const clause = (text: string, word: string) => {
    const start = text.indexOf(word);
    const c = clauseAround(text, { start: 0, end: text.length }, { start, end: start + word.length });
    return text.slice(c.start, c.end);
  };
  test("a semicolon ends a clause", () => {
    assert.equal(clause("Wang left; Blinken stayed.", "stayed"), "Blinken stayed.");
  });
  test("', which' opens a clause that closes at its next comma", () => {
    assert.equal(clause("The talks, which began in June, resumed.", "began"), "which began in June");
  });
  test("coordinated names stay in one clause", () => {
    assert.equal(clause("Blinken and Wang met on Sunday.", "met"), "Blinken and Wang met on Sunday.");
  });
  test("' and' before a pronoun opens a clause", () => {
    assert.equal(clause("Blinken met Wang and they agreed.", "agreed"), "and they agreed.");
  });
});
