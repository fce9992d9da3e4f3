import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findQuoteSpans } from "./find-quotes.js";

// [behaviour, text, the text inside each quotation found, in order]
// biome-ignore format: one case per line reads as a table
const CASES: [string, string, string[]][] = [
  ["straight quotes around a sentence", 'Lavrov said: "We are ready to talk without preconditions."', ["We are ready to talk without preconditions."]],
  ["curly quotes around a sentence", "“The door to dialogue remains open,” the envoy said.", ["The door to dialogue remains open,"]],
  ["a quotation running over two sentences", '"Talks were frank. Both sides listened," he said.', ["Talks were frank. Both sides listened,"]],
  ["curly and straight quotations in text order", 'He called it "a step in the right direction" and added, “we will see what follows.”', ["a step in the right direction", "we will see what follows."]],
  ["exactly three words is a quotation", 'Kishida said the summit had been "frank and productive".', ["frank and productive"]],
  ["a one-word scare quote is no quotation", 'The minister dismissed the "leak" as old news.', []],
  ["a two-word scare quote is no quotation", "Officials described a “cooling period” in relations.", []],
  ["a scare quote does not swallow the quotation after it", 'The so-called "peace plan" drew a reply: "We reject it outright."', ["We reject it outright."]],
  ["a quote mark left open is no quotation", 'The spokesman said "the talks will continue and then stopped.', []],
  ["a pair across a paragraph break is no quotation", 'He said "the talks are over.\n\nIn Seoul, officials disagreed." Nothing more.', []],
  ["a quote left open at a paragraph's end does not hide the next one", 'The envoy said "the talks were useful.\n\n"We will meet again in Seoul next month," he added.', ["We will meet again in Seoul next month,"]],
  ["the same with curly quotes", "The envoy said “the talks were useful.\n\n“We will meet again in Seoul next month,” he added.", ["We will meet again in Seoul next month,"]],
];

describe("quotes: findQuoteSpans", () => {
  for (const [behaviour, text, expected] of CASES) {
    test(behaviour, () => {
      assert.deepEqual(
        findQuoteSpans(text).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
  }

  test("a span starts after the opening mark and ends before the closing one", () => {
    const text = 'Wang said: "Dialogue must continue."';
    assert.deepEqual(findQuoteSpans(text), [{ start: 12, end: 35 }]);
  });
});
