import assert from "node:assert/strict";
import { test } from "node:test";
import { maxWeightMatching } from "./hungarian.js";
import { b3, ceafe, muc, score, withoutSingletons } from "./metrics.js";

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

// Pradhan et al. (2014) "Scoring coreference partitions of predicted mentions", worked example:
// key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
const key = [
  ["a", "b", "c"],
  ["d", "e", "f", "g"],
];
const resp = [
  ["a", "b"],
  ["c", "d"],
  ["f", "g", "h", "i"],
];

test("MUC on the worked example: R = 2/5, P = 2/5", () => {
  const s = muc(key, resp);
  close(s.r, 2 / 5);
  close(s.p, 2 / 5);
  close(s.f, 2 / 5);
});

test("B³ on the worked example: R = 5/12 (≈0.42 as published), P = 4/8 (twinless h, i count 0)", () => {
  const s = b3(key, resp);
  close(s.r, 5 / 12);
  close(s.p, 0.5);
});

test("CEAF-e on the worked example: best alignment 0.8 + 0.5, R = 1.3/2, P = 1.3/3", () => {
  const s = ceafe(key, resp);
  close(s.r, 0.65);
  close(s.p, 1.3 / 3);
});

test("identity scores 1 everywhere; all-singletons response has MUC 0", () => {
  close(score(key, key).conll, 1);
  const singles = key.flat().map((x) => [x]);
  close(muc(key, singles).f, 0);
  close(b3(key, singles).p, 1);
  close(b3(key, singles).r, (3 * (1 / 3) + 4 * (1 / 4)) / 7);
});

test("CoNLL is the mean of the three F1", () => {
  const s = score(key, resp);
  close(s.conll, (s.muc.f + s.b3.f + s.ceafe.f) / 3);
  assert.deepEqual(withoutSingletons([["a"], ["b", "c"]]), [["b", "c"]]);
});

test("Hungarian finds the optimal assignment, not the greedy one", () => {
  close(
    maxWeightMatching([
      [1, 2],
      [3, 1],
    ]).total,
    5,
  );
  const r = maxWeightMatching([
    [10, 9, 0],
    [9, 0, 0],
    [0, 0, 1],
  ]);
  assert.deepEqual(r.match, [1, 0, 2]);
  close(r.total, 19);
  close(maxWeightMatching([[1], [5], [2]]).total, 5);
  close(maxWeightMatching([[1, 5, 2]]).total, 5);
});
