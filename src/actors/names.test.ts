import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { editDistance, normalizeName, normalizeWord, oneEditApart, slugify, surnameOf } from "./names.js";

describe("normalizeName: one key for every way a name is written", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string][] = [
    ["accents are stripped", "Türkiye", "turkiye"],
    ["dotted initials close up", "U.S.", "us"],
    ["a possessive is dropped", "Lavrov's", "lavrov"],
    ["a curly possessive is dropped", "Macron’s", "macron"],
    ["punctuation and runs of space become one space", "  Antony J. Blinken ", "antony j blinken"],
    ["a hyphenated given name splits", "Moon Jae-in", "moon jae in"],
    ["a lone initial keeps its letter", "R. Nicholas Burns", "r nicholas burns"],
    ["letters with no separable accent become plain ones", "Binali Yıldırım Støre", "binali yildirim store"],
  ];
  for (const [behaviour, input, expected] of cases) test(behaviour, () => assert.equal(normalizeName(input), expected));

  test("slugify joins the normalised words with hyphens", () => {
    assert.equal(slugify("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
    assert.equal(slugify("J.D. Vance"), "jd-vance");
  });
});

describe("surnameOf: the name a story uses on second reference", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string | null, string][] = [
    ["the last word for most countries", "Sergey Lavrov", "RUS", "Lavrov"],
    ["the last word when the country is unknown", "Emmanuel Macron", null, "Macron"],
    ["the first word where the family name comes first (China)", "Qin Gang", "CHN", "Qin"],
    ["the first word where the family name comes first (South Korea)", "Yoon Suk Yeol", "KOR", "Yoon"],
    ["the first word where the family name comes first (Vietnam)", "Pham Minh Chinh", "VNM", "Pham"],
    ["a single word is its own surname", "Lula", "BRA", "Lula"],
  ];
  for (const [behaviour, name, country, expected] of cases) {
    test(behaviour, () => assert.equal(surnameOf(name, country), expected));
  }
});

describe("editDistance: Damerau–Levenshtein with adjacent transpositions", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, string, string, number][] = [
    ["identical names are 0 apart", "blinken", "blinken", 0],
    ["an inserted letter is 1", "bilinken", "blinken", 1],
    ["a substituted letter is 1", "vang yi", "wang yi", 1],
    ["swapped neighbours are 1, not 2", "lavorv", "lavrov", 1],
    ["a dropped letter is 1", "qin gan", "qin gang", 1],
    ["unrelated names are far apart", "kitten", "sitting", 3],
    ["against an empty string, the length", "", "xi", 2],
  ];
  for (const [behaviour, a, b, expected] of cases) {
    test(behaviour, () => {
      assert.equal(editDistance(a, b), expected);
      assert.equal(editDistance(b, a), expected, "symmetric");
    });
  }

  test("with a limit, anything beyond it reads as limit + 1", () => {
    assert.equal(editDistance("kitten", "sitting", 1), 2);
    assert.equal(editDistance("wang yi", "wang yang", 1), 2);
    assert.equal(editDistance("bilinken", "blinken", 1), 1);
  });
});

describe("oneEditApart: editDistance(a, b) === 1 without the table", () => {
  test("a slip of one letter, either way round", () => {
    assert.ok(oneEditApart("bilinken", "blinken"), "an inserted letter");
    assert.ok(oneEditApart("blinken", "bilinken"), "a dropped letter");
    assert.ok(oneEditApart("ethopia", "ethiopia"), "a dropped letter inside");
    assert.ok(oneEditApart("lavorv", "lavrov"), "swapped neighbours");
    assert.ok(oneEditApart("rumsfield", "rumsfeld"), "a letter added inside");
    assert.equal(oneEditApart("mukherji", "mukherjee"), false, "two letters off");
    assert.ok(oneEditApart("afghanistam", "afghanistan"), "the last letter substituted");
  });

  test("neither the same word nor words two edits apart", () => {
    assert.equal(oneEditApart("israel", "israel"), false);
    assert.equal(oneEditApart("kitten", "sitting"), false);
    assert.equal(oneEditApart("abc", "cba"), false);
    assert.equal(oneEditApart("", "xy"), false);
    assert.equal(oneEditApart("", "x"), true);
  });

  test("agrees with editDistance on many short words over a small alphabet", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const word = () => Array.from({ length: next() % 6 }, () => "abc"[next() % 3]).join("");
    for (let k = 0; k < 20000; k++) {
      const a = word();
      const b = word();
      assert.equal(oneEditApart(a, b), editDistance(a, b) === 1, `${a} / ${b}`);
    }
  });
});

describe("normalizeName and normalizeWord: plain ASCII names take a short cut to the same form", () => {
  test("a long name of plain words is lower-cased", () => {
    assert.equal(normalizeName("Antony John Blinken"), "antony john blinken");
    assert.equal(normalizeName("Group of 20 Summit Leaders"), "group of 20 summit leaders");
  });
  test("not: spaces at the ends, doubled spaces, accents or punctuation in a long name", () => {
    assert.equal(normalizeName(" Antony  John Blinken "), "antony john blinken");
    assert.equal(normalizeName("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
    assert.equal(normalizeName("Secretary Blinken's"), "secretary blinken");
    assert.equal(normalizeName("Jens Stoltenberg, NATO"), "jens stoltenberg nato");
  });
  test("a token of ASCII letters is its lower-cased text; any other token is normalised", () => {
    assert.equal(normalizeWord("Blinken", "blinken"), "blinken");
    assert.equal(normalizeWord("Türkiye", "türkiye"), "turkiye");
    assert.equal(normalizeWord("U.S.", "u.s."), "us");
    assert.equal(normalizeWord("O’Brien", "o’brien"), "o brien");
  });
});
