import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type PatternRow, scanRows } from "./scan.js";

/** A cue that counts how often it is asked. */
class CountingCue extends RegExp {
  asked = 0;
  override test(text: string): boolean {
    this.asked++;
    return super.test(text);
  }
}

const row = (pattern: RegExp, cue: RegExp | undefined, rule: string): PatternRow => ({
  pattern,
  cue,
  build: () => ({ anchor: { kind: "present" }, rule }),
});

describe("scanRows: cues", () => {
  it("rows next to each other with one cue ask it once, and both run when it passes", () => {
    const cue = new CountingCue("harvest", "i");
    const rows = [row(/\bharvest\b/g, cue, "a"), row(/\bHarvest time\b/g, cue, "b")];
    const found = scanRows("Harvest time came early after the harvest.", rows);
    assert.equal(cue.asked, 1);
    assert.deepEqual(
      found.map((c) => c.rule),
      ["a", "b"],
    );
  });
  it("not: a row whose cue fails is not scanned, and a different cue is asked again", () => {
    const first = new CountingCue("monsoon", "i");
    const second = new CountingCue("rains", "i");
    const rows = [row(/rains/g, first, "a"), row(/rains/g, second, "b"), row(/rains/g, first, "c")];
    const found = scanRows("The rains came.", rows);
    assert.deepEqual(
      found.map((c) => c.rule),
      ["b"],
    );
    assert.equal(first.asked, 2);
    assert.equal(second.asked, 1);
  });
});
