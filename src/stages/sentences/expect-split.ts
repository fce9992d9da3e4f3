import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitSentences } from "./split.js";

/** One case: what the behaviour is, the input text, and the sentences expected, as text. */
export type SplitRow = [behaviour: string, input: string, expected: string[]];

/**
 * Runs tables of splitting cases grouped by rule, comparing the text of each sentence span.
 *
 * @example expectSplits("splitSentences", { "periods": [["plain", "A b. C d.", ["A b.", "C d."]]] })
 */
export function expectSplits(name: string, rules: Record<string, SplitRow[]>): void {
  describe(name, () => {
    for (const [rule, rows] of Object.entries(rules)) {
      describe(rule, () => {
        for (const [behaviour, input, expected] of rows) {
          it(behaviour, () => {
            assert.deepEqual(
              splitSentences(input).map((s) => input.slice(s.start, s.end)),
              expected,
            );
          });
        }
      });
    }
  });
}
