import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { linksOf, type Row, runTable } from "./expect-coref.js";

// biome-ignore format: one case per line reads as a table
const SIDES: Row[] = [
  ["'the U.S. side' is the United States", "Wang Yi told Antony Blinken that the U.S. side must stop interfering in Taiwan.", ["the U.S. side → USA"]],
  ["'the Chinese side' through a demonym", "Antony Blinken said the Chinese side had agreed to more military contacts.", ["the Chinese side → CHN"]],
  ["'the American side'", "Qin Gang said the American side had misjudged China's intentions.", ["the American side → USA"]],
  ["two sides named together", "Sergei Lavrov said the Chinese and Russian sides held identical positions.", ["the Chinese and Russian sides → CHN + RUS"]],
  ["'the other side' names no country", "Wang Yi said the other side should show sincerity.", []],
];

describe("coref: a country's side", () => {
  runTable(SIDES, "side");

  test("the link covers the whole phrase and points at the country word", () => {
    const text = "Qin Gang urged the U.S. side to respect China's red lines.";
    const link = linksOf(text).find((l) => l.kind === "side");
    assert.deepEqual(
      link && { start: link.start, end: link.end, antecedent: link.antecedents.map((a) => text.slice(a.start, a.end)) },
      { start: 15, end: 28, antecedent: ["U.S."] },
    );
  });
});
