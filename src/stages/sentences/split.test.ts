import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "./split.js";

const cases: [string, string, string[]][] = [
  ["plain periods", "Talks ended. Both sides spoke.", ["Talks ended.", "Both sides spoke."]],
  [
    "a missing space after a period",
    "He met Sullivan.Later, the envoy flew home.",
    ["He met Sullivan.", "Later, the envoy flew home."],
  ],
  ["U.S. inside a sentence", "The U.S. Secretary of State arrived.", ["The U.S. Secretary of State arrived."]],
  [
    "U.S. ending a sentence before an opener",
    "He flew to the U.S. The talks began at once.",
    ["He flew to the U.S.", "The talks began at once."],
  ],
  [
    "D.C. before a preposition",
    "Talks in Washington D.C. on Friday ended.",
    ["Talks in Washington D.C. on Friday ended."],
  ],
  ["titles", "Gen. Li Shangfu met Adm. John Aquilino.", ["Gen. Li Shangfu met Adm. John Aquilino."]],
  ["a month abbreviation before a day", "They met Dec. 21 in Beijing.", ["They met Dec. 21 in Beijing."]],
  [
    "a quote that ends after the period",
    'She said "we disagree." The meeting went on.',
    ['She said "we disagree."', "The meeting went on."],
  ],
  [
    "two quotes glued together",
    'He said: "It was useful.""We will talk again," he added.',
    ['He said: "It was useful."', '"We will talk again," he added.'],
  ],
  [
    "curly quotes",
    "Raimondo said “the rules stand.” Beijing objected.",
    ["Raimondo said “the rules stand.”", "Beijing objected."],
  ],
  ["question and exclamation marks", "Will they meet? Nobody knows!", ["Will they meet?", "Nobody knows!"]],
  [
    "decimals and domains",
    "Growth was 5.2 percent, said example.com today.",
    ["Growth was 5.2 percent, said example.com today."],
  ],
  ["lines are blocks", "WASHINGTON TALKS END\nThe envoys parted.", ["WASHINGTON TALKS END", "The envoys parted."]],
  [
    "soft-wrapped lines join",
    "The envoy said the\nballoon was civilian.",
    ["The envoy said the\nballoon was civilian."],
  ],
];

describe("splitSentences", () => {
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.deepEqual(
        splitSentences(input).map((s) => input.slice(s.start, s.end)),
        expected,
      );
    });
  }
});
