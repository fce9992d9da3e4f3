import assert from "node:assert/strict";
import { test } from "node:test";
import { confusionTable } from "./confusion-table.js";

test("a confusion table has a row per gold type and a column per predicted type, none last", () => {
  const table = confusionTable({ REJECT: { REJECT: 5, SANCTION: 1 }, AGREE: { AGREE: 3, none: 2 } });
  assert.deepEqual(table.split("\n"), [
    "gold\\pred  AGRE REJE SANC none",
    "AGREE         3    .    .    2",
    "REJECT        .    5    1    .",
  ]);
});
