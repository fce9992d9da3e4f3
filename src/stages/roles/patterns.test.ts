import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ROLE_PATTERNS } from "./patterns.js";

/** Sentences that state roles in the ways the patterns read, in any case. */
const SENTENCES = [
  "She has served as Kenya's envoy to Brussels since 2019.",
  "HE HAS BEEN SERVING AS DEFENCE CHIEF SINCE MARCH.",
  "Ruiz took over the post of trade minister in April.",
  "Mr Okafor Took Over As Finance Minister last year.",
  "He was appointed ambassador to Japan in 2021.",
  "She had been named deputy foreign minister in June.",
  "The general was sworn in as president on Monday.",
  "Two new judges were elected to the court in May.",
  "Earlier, she also served as a spokeswoman for the ministry.",
  "Lindqvist will succeed Foreign Minister Ann Berg next week.",
  "Tan WILL REPLACE the outgoing envoy.",
];

describe("role patterns: the cue before the scan", () => {
  it("every pattern's cue passes wherever the pattern matches", () => {
    const matched = new Set<string>();
    for (const pattern of ROLE_PATTERNS) {
      for (const sentence of SENTENCES) {
        pattern.re.lastIndex = 0;
        if (!pattern.re.test(sentence)) continue;
        pattern.re.lastIndex = 0;
        matched.add(sentence);
        assert.ok(pattern.cue.test(sentence), `${pattern.id}: cue fails on "${sentence}"`);
      }
    }
    assert.equal(matched.size, SENTENCES.length, "each sentence is read by some pattern");
  });

  it("a sentence that states no role passes no cue", () => {
    for (const plain of [
      "The delegation toured the port and left on Tuesday.",
      "The president named a new cabinet and made changes to the budget.",
    ])
      assert.deepEqual(
        ROLE_PATTERNS.filter((p) => p.cue.test(plain)).map((p) => p.id),
        [],
        plain,
      );
  });
});
