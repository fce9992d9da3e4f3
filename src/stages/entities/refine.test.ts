import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Candidate } from "./candidate.js";
import { removeOverlaps } from "./refine.js";

const TEXT = "Chinese Foreign Minister Qin Gang met Sergei Lavrov in Moscow.";

/** A candidate over the first occurrence of `surface` in TEXT. */
function candidate(surface: string, priority: number, rule = "test"): Candidate {
  const start = TEXT.indexOf(surface);
  return {
    start,
    end: start + surface.length,
    text: surface,
    type: "PERSON",
    actorId: null,
    country: null,
    title: null,
    rule,
    priority,
  };
}

const spans = (found: Candidate[]) => found.map((c) => [c.text, c.rule]);

describe("entities: removeOverlaps keeps the best of overlapping candidates", () => {
  // biome-ignore format: one case per line reads as a table
  const cases: [string, Candidate[], [string, string][]][] = [
    ["the longer span wins, whatever its priority", [candidate("Qin", 4, "surname"), candidate("Qin Gang", 0, "capitalised")], [["Qin Gang", "capitalised"]]],
    ["the longer span wins when it comes last", [candidate("Minister Qin Gang", 0, "long"), candidate("Gang", 3, "short")], [["Minister Qin Gang", "long"]]],
    ["of equal spans the higher priority wins", [candidate("Sergei Lavrov", 1, "speaker"), candidate("Sergei Lavrov", 3, "kb")], [["Sergei Lavrov", "kb"]]],
    ["candidates that do not overlap are all kept, in text order", [candidate("Moscow", 2), candidate("Qin Gang", 4), candidate("Chinese", 2)], [["Chinese", "test"], ["Qin Gang", "test"], ["Moscow", "test"]]],
    ["a title touching the name it binds to does not overlap it", [candidate("Qin Gang", 4, "person"), candidate("Foreign Minister ", 4, "title")], [["Foreign Minister ", "title"], ["Qin Gang", "person"]]],
  ];
  for (const [behaviour, input, expected] of cases) {
    test(behaviour, () => assert.deepEqual(spans(removeOverlaps(input)), expected));
  }

  test("an empty list stays empty", () => assert.deepEqual(removeOverlaps([]), []));
});

describe("entities: removeOverlaps agrees with comparing every candidate with every kept one", () => {
  /** The plain reading: a candidate is kept when no kept span overlaps it. */
  function byPairs(candidates: readonly Candidate[]): Candidate[] {
    const ranked = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
    );
    const kept: Candidate[] = [];
    for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  }
  /** A fixed pseudo-random sequence, so a failure repeats. */
  function spansFrom(seed: number, count: number, withEmpty: boolean): Candidate[] {
    let x = seed;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    return Array.from({ length: count }, (_, i) => {
      const start = next(60);
      const length = next(withEmpty ? 8 : 7) + (withEmpty ? 0 : 1);
      return { ...candidate("Qin", next(4)), start, end: start + length, text: `c${i}` };
    });
  }
  test("spans of one to seven characters, many overlapping", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const found = spansFrom(seed, 25, false);
      assert.deepEqual(removeOverlaps(found), byPairs(found), `seed ${seed}`);
    }
  });
  test("empty spans among them", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const found = spansFrom(seed, 25, true);
      assert.deepEqual(removeOverlaps(found), byPairs(found), `seed ${seed}`);
    }
  });
});
