import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { RelationsPoint } from "../store/store.js";
import { netCooperation } from "./relations.js";

/** A period's counts: [verbal cooperation, material cooperation, verbal conflict, material conflict]. */
function period([vc, mc, vk, mk]: [number, number, number, number]): RelationsPoint {
  return {
    period: "2023-06",
    verbal_cooperation: vc,
    material_cooperation: mc,
    verbal_conflict: vk,
    material_conflict: mk,
    total: vc + mc + vk + mk,
    mean_score: 0,
    event_ids: [],
  };
}

// biome-ignore format: one case per line reads as a table
const CASES: [string, [number, number, number, number], number][] = [
  ["only cooperation is +1", [4, 1, 0, 0], 1],
  ["only conflict is -1", [0, 0, 2, 3], -1],
  ["no events at all is 0, not NaN", [0, 0, 0, 0], 0],
  ["verbal cooperation and verbal conflict in balance is 0", [3, 0, 3, 0], 0],
  ["a material act weighs double a verbal one", [2, 0, 0, 1], 0],
  ["one verbal cooperation against one material conflict", [1, 0, 0, 1], -0.33],
  ["rounded to two decimals", [2, 0, 1, 0], 0.33],
  ["material cooperation outweighs verbal conflict", [0, 2, 1, 0], 0.6],
];

describe("netCooperation: (cooperation − conflict) / all, material acts counted twice", () => {
  for (const [behaviour, counts, expected] of CASES) {
    test(behaviour, () => assert.equal(netCooperation(period(counts)), expected));
  }
});
