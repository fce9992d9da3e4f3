import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { datelineEnd } from "./dateline.js";
import { splitSentences } from "./split.js";

// biome-ignore format: one case per line reads as a table
const DATELINES: [behaviour: string, line: string, dateline: string | null][] = [
  ["a place, a date and an agency", "BEIJING, Jan 2 (Xinhua) -- The Chinese foreign ministry said on Monday.", "BEIJING, Jan 2 (Xinhua) --"],
  ["a place and an agency", "WASHINGTON (Reuters) - The United States imposed new curbs.", "WASHINGTON (Reuters) -"],
  ["a place with its country", "KYIV, Ukraine (AP) — Russian drones struck the capital overnight.", "KYIV, Ukraine (AP) —"],
  ["a day before the month", "LONDON, 2 January – Britain summoned the ambassador.", "LONDON, 2 January –"],
  ["an abbreviated month, two-word place", "UNITED NATIONS, Dec. 21 (Xinhua) -- The Security Council met.", "UNITED NATIONS, Dec. 21 (Xinhua) --"],
  ["a place and an en dash", "MOSCOW – The Kremlin said the talks had stalled.", "MOSCOW –"],
  ["a dotted region", "WASHINGTON, D.C. — Officials said little.", "WASHINGTON, D.C. —"],
  ["a dateline alone on its line", "BEIJING, June 19 (Xinhua)", "BEIJING, June 19 (Xinhua)"],
  ["not: an acronym before a lower-case aside", "NATO — the alliance of 32 members — met on Monday.", null],
  ["not: a hyphenated pair", "US-China talks resumed in Geneva.", null],
  ["not: a plain hyphen with neither date nor agency", "NATO - Allies agreed to spend more.", null],
  ["not: a place in title case", "Beijing, Jan 2 - The ministry said.", null],
  ["not: an all-caps headline", "CHINA WARNS JAPAN OVER TAIWAN", null],
];

describe("datelineEnd", () => {
  for (const [behaviour, line, dateline] of DATELINES) {
    it(behaviour, () => {
      const end = datelineEnd(line, 0, line.length);
      assert.equal(end === -1 ? null : line.slice(0, end), dateline);
    });
  }

  it("the first sentence starts after the dateline's dash", () => {
    const text = "Xi meets Blinken\nBEIJING, June 19 (Xinhua) -- Xi met Blinken. They spoke for 35 minutes.";
    assert.deepEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      ["Xi meets Blinken", "BEIJING, June 19 (Xinhua) --", "Xi met Blinken.", "They spoke for 35 minutes."],
    );
  });
});
