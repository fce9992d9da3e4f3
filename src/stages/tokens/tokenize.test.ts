import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./tokenize.js";

type Row = [behaviour: string, input: string, tokens: string[]];

const run = (input: string) => tokenize(input, [{ start: 0, end: input.length, index: 0, furniture: false }]);

// biome-ignore format: one case per line reads as a table
const RULES: Record<string, Row[]> = {
  "possessives and negations split from their words": [
    ["a straight possessive", "China's envoy", ["China", "'s", "envoy"]],
    ["a curly possessive", "Xi’s visit", ["Xi", "’s", "visit"]],
    ["a straight negation", "they didn't agree", ["they", "did", "n't", "agree"]],
    ["a curly negation", "Beijing won’t attend", ["Beijing", "wo", "n’t", "attend"]],
    ["not: an apostrophe inside a name", "O’Brien and Côte d’Ivoire", ["O’Brien", "and", "Côte", "d’Ivoire"]],
    ["not: a word ending in -nt", "the parliament", ["the", "parliament"]],
  ],
  "dotted abbreviations stay whole": [
    ["U.S.", "the U.S. side", ["the", "U.S.", "side"]],
    ["a.m.", "at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]],
    ["not: a one-word abbreviation keeps its period apart", "Jan. 5", ["Jan", ".", "5"]],
  ],
  "hyphens split between capitals, not inside lower-case compounds": [
    ["a dotted pair", "U.S.-China talks", ["U.S.", "-", "China", "talks"]],
    ["a capitalised pair", "China-US ties", ["China", "-", "US", "ties"]],
    ["not: a lower-case compound", "win-win cooperation", ["win-win", "cooperation"]],
    ["not: a hyphenated given name", "Kim Jong-un", ["Kim", "Jong-un"]],
  ],
  "numbers keep separators and unit suffixes": [
    ["thousands", "2,000 troops", ["2,000", "troops"]],
    ["a percentage", "5.2% growth", ["5.2", "%", "growth"]],
    ["money in billions", "$1.5bn deal", ["$", "1.5bn", "deal"]],
    ["a decade and a time", "the 1990s at 10:30", ["the", "1990s", "at", "10:30"]],
    ["ordinals", "on 2nd Jan, 2023", ["on", "2nd", "Jan", ",", "2023"]],
    ["numbers before a comma, a period and a colon", "in 2023, then 15. At 12: done", ["in", "2023", ",", "then", "15", ".", "At", "12", ":", "done"]],
    ["a fraction, then a number before a period after an ellipsis", "fell 4/5... 7. Then", ["fell", "4/5", "...", "7", ".", "Then"]],
    ["not: a capitalised word glued to a year", "2023The", ["2023", "The"]],
  ],
  "short letter-and-number names stay whole": [
    ["a disease", "COVID-19 cases", ["COVID-19", "cases"]],
    ["a jet", "F-22 jets", ["F-22", "jets"]],
    ["groups of states", "G7 and G-20", ["G7", "and", "G-20"]],
    ["a prefix before a year", "mid-2023", ["mid-2023"]],
    ["not: a long word before a number", "Beijing-2022", ["Beijing", "-", "2022"]],
    ["not: a number before a compound", "20-year-old", ["20", "-", "year-old"]],
  ],
  "dashes and ellipses": [
    ["an em dash", "talks—and", ["talks", "—", "and"]],
    ["a typed double dash", "talks -- and", ["talks", "--", "and"]],
    ["three dots", "wait...", ["wait", "..."]],
    ["not: a score", "a 3-2 vote", ["a", "3", "-", "2", "vote"]],
  ],
  "quotes are tokens of their own": [
    ["straight quotes", '"yes," he said', ['"', "yes", ",", '"', "he", "said"]],
    ["curly single quotes", "the ‘one China’ policy", ["the", "‘", "one", "China", "’", "policy"]],
    ["not: a plural possessive keeps its apostrophe apart", "the allies' plans", ["the", "allies", "'", "plans"]],
  ],
  "plain words end at spaces and punctuation; a letter before a period may still open an abbreviation": [
    ["words before commas, brackets and a semicolon", "Oslo, (Bern) and Rome; then", ["Oslo", ",", "(", "Bern", ")", "and", "Rome", ";", "then"]],
    ["a word before a period and a tab", "talks ended.\tThen", ["talks", "ended", ".", "Then"]],
    ["a lone initial before a period", "Plan B. Then", ["Plan", "B", ".", "Then"]],
    ["not: two initials", "the U.K. team", ["the", "U.K.", "team"]],
    ["not: a word glued to a digit or an accent", "G20 café visit", ["G20", "café", "visit"]],
    ["not: spaces other than ASCII", "Kyiv\u00a0and\u2009Minsk", ["Kyiv", "and", "Minsk"]],
  ],
  "URLs and email addresses stay whole": [
    ["a URL before a period", "see https://example.gov/statement.", ["see", "https://example.gov/statement", "."]],
    ["an email address", "write to press@example.org today", ["write", "to", "press@example.org", "today"]],
    ["not: a bare domain", "example.com", ["example", ".", "com"]],
  ],
};

describe("tokenize", () => {
  for (const [rule, rows] of Object.entries(RULES)) {
    describe(rule, () => {
      for (const [behaviour, input, expected] of rows) {
        it(behaviour, () => {
          const tokens = run(input);
          assert.deepEqual(
            tokens.map((t) => t.text),
            expected,
          );
          for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
        });
      }
    });
  }

  it("gives each token a kind: a lone apostrophe is punctuation, COVID-19 a word, 1.5bn a number", () => {
    assert.deepEqual(
      run("Xi’s ‘COVID-19’ aid: 1.5bn").map((t) => `${t.text}:${t.kind}`),
      ["Xi:word", "’s:word", "‘:punct", "COVID-19:word", "’:punct", "aid:word", "::punct", "1.5bn:number"],
    );
  });

  it("marks tokens that open with a capital, in any script", () => {
    assert.deepEqual(
      run("Élysée aide Øyvind met ÇAVUŞOĞLU, über-aide 'Zed' and Ωmega in 2023").map((t) => `${t.text}:${t.upper}`),
      [
        "Élysée:true",
        "aide:false",
        "Øyvind:true",
        "met:false",
        "ÇAVUŞOĞLU:true",
        ",:false",
        "über-aide:false",
        "':false",
        "Zed:true",
        "':false",
        "and:false",
        "Ωmega:true",
        "in:false",
        "2023:false",
      ],
    );
  });

  it("reads the kind of a token in another script as for Latin letters", () => {
    assert.deepEqual(
      run("Ωmega über «Kyiv» 5G").map((t) => `${t.text}:${t.kind}`),
      ["Ωmega:word", "über:word", "«:punct", "Kyiv:word", "»:punct", "5G:number"],
    );
  });

  it("gives the same tokens when called again, sentence after sentence", () => {
    const text = "Seoul, Tokyo and Beijing met. Lagos hosted www.example.org today.";
    const sentences = [
      { start: 0, end: 29, index: 0, furniture: false },
      { start: 30, end: text.length, index: 1, furniture: false },
    ];
    const first = tokenize(text, sentences).map((t) => t.text);
    assert.deepEqual(
      tokenize(text, sentences).map((t) => t.text),
      first,
    );
    assert.deepEqual(first.slice(-3), ["www.example.org", "today", "."]);
  });

  it("numbers tokens by sentence and leaves out nothing but spaces", () => {
    const text = "Talks ended. Both spoke.";
    const tokens = tokenize(text, [
      { start: 0, end: 12, index: 0, furniture: false },
      { start: 13, end: 24, index: 1, furniture: true },
    ]);
    assert.deepEqual(
      tokens.map((t) => `${t.sentence}:${t.text}`),
      ["0:Talks", "0:ended", "0:.", "1:Both", "1:spoke", "1:."],
    );
  });
});
