import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compareNames, type NameEdit } from "./name-edit.js";
import { foldWords, type Tradition } from "./name-fold.js";

const compare = (written: string, known: string, tradition: Tradition, limit = 2): NameEdit =>
  compareNames(foldWords(written, tradition), foldWords(known, tradition), tradition, limit);

describe("compareNames: how far a written name is from a known one, and how telling the difference is", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string, Tradition, NameEdit][] = [
    ["a usual spelling is no difference", "Anthony Blinken", "Antony Blinken", "western", { distance: 0, kind: "spelling" }],
    ["split syllables are no difference", "Xi Jin Ping", "Xi Jinping", "syllabic", { distance: 0, kind: "spelling" }],
    ["an added middle initial is no difference", "Sergey V. Lavrov", "Sergey Lavrov", "western", { distance: 0, kind: "spelling" }],
    ["a typo in a long family name is a slip", "Angela Merkle", "Angela Merkel", "western", { distance: 1, kind: "slip" }],
    ["a given name beside its family name written right is a slip", "Michael Barnier", "Michel Barnier", "western", { distance: 1, kind: "slip" }],
    ["two letters in a word of eight or more are a slip", "Prabowo Soebianto", "Prabowo Subianto", "western", { distance: 2, kind: "slip" }],
    ["a letter in a short family name is risky", "Stephen Smyth", "Stephen Smith", "western", { distance: 1, kind: "risky" }],
    ["a short given name is risky: Billy is not Bill", "Billy Graham", "Bill Graham", "western", { distance: 1, kind: "risky" }],
    ["a letter anywhere in a pinyin name is risky", "Xi Jingping", "Xi Jinping", "syllabic", { distance: 1, kind: "risky" }],
    ["a letter in a Japanese name is risky", "Naoko Tanaka", "Naoki Tanaka", "japanese", { distance: 1, kind: "risky" }],
    ["initials other than the known ones are risky", "George H. W. Bush", "George W. Bush", "western", { distance: 1, kind: "risky" }],
    ["an added word is risky", "Donald Trump Jr", "Donald Trump", "western", { distance: 2, kind: "risky" }],
    ["two letters in a word of seven are another name", "Antonio Marzano", "Antonio Martino", "western", { distance: 2, kind: "far" }],
    ["beyond the limit the distance reads limit + 1", "Wang Wenhui", "Wang Wenbin", "syllabic", { distance: 2, kind: "far" }],
  ];
  for (const [behaviour, written, known, tradition, expected] of cases) {
    test(behaviour, () =>
      assert.deepEqual(compare(written, known, tradition, behaviour.includes("limit") ? 1 : 2), expected),
    );
  }
});
