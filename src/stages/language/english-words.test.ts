import assert from "node:assert/strict";
import { test } from "node:test";
import { englishWords, FUNCTION_WORDS } from "./english-words.js";

/** The reading the count must agree with: every run of letters, looked up whole. */
function byPattern(lower: string): { words: number; share: number } {
  const words = lower.match(/\p{L}+/gu) ?? [];
  const hits = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return { words: words.length, share: words.length === 0 ? 0 : hits / words.length };
}

test("englishWords counts runs of letters and the function words among them", () => {
  assert.deepEqual(englishWords("the talks in oslo ended"), { words: 5, share: 2 / 5 });
  assert.deepEqual(englishWords(""), { words: 0, share: 0 });
  assert.deepEqual(englishWords("12 — 34"), { words: 0, share: 0 });
});

test("englishWords reads other scripts as the letter pattern does", () => {
  for (const text of [
    "the minister of états-unis said",
    "le ministre des affaires étrangères a reçu",
    "лавров прибыл в пекин and the talks",
    "the 𝐀𝐁 mathematical letters and the end",
    "a\u0301 combining mark splits the word",
    "中国 外交部 said to",
    "theirs whichever would a the",
    "ÀTHE the ÉTÉ of",
  ]) {
    assert.deepEqual(englishWords(text), byPattern(text), text);
  }
});

test("not: a function word glued to other letters is no function word", () => {
  assert.deepEqual(englishWords("thé theory another"), { words: 3, share: 0 });
});
