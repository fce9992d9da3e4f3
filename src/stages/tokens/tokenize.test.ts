import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./tokenize.js";

const cases: [string, string, string[]][] = [
  ["possessives split", "China's envoy", ["China", "'s", "envoy"]],
  ["dotted abbreviations stay whole", "the U.S. side", ["the", "U.S.", "side"]],
  ["capitalised pairs split at the hyphen", "China-US ties", ["China", "-", "US", "ties"]],
  ["lower-case compounds stay whole", "win-win cooperation", ["win-win", "cooperation"]],
  ["negations split", "they didn't agree", ["they", "did", "n't", "agree"]],
  ["numbers with ordinals", "on 2nd Jan, 2023", ["on", "2nd", "Jan", ",", "2023"]],
  ["quotes are their own tokens", '"yes," he said', ['"', "yes", ",", '"', "he", "said"]],
];

describe("tokenize", () => {
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const tokens = tokenize(input, [{ start: 0, end: input.length, index: 0, furniture: false }]);
      assert.deepEqual(
        tokens.map((t) => t.text),
        expected,
      );
      for (const t of tokens) assert.equal(input.slice(t.start, t.end), t.text);
    });
  }
});
