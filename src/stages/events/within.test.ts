import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention } from "../../doc/layers.js";
import { byStart, within } from "./within.js";

const at = (start: number, end: number): EntityMention => ({
  start,
  end,
  text: `${start}-${end}`,
  type: "GPE",
  actorId: null,
  country: null,
  title: null,
  rule: "",
});
const texts = (found: EntityMention[]) => found.map((e) => e.text);

describe("within: the entities inside a sentence", () => {
  const entities = [at(0, 5), at(8, 12), at(12, 20), at(18, 30), at(30, 30), at(31, 40)];
  it("keeps the entities that start and end inside the span, in order", () => {
    assert.equal(byStart(entities), true);
    assert.deepEqual(texts(within(entities, true, { start: 8, end: 30 })), ["8-12", "12-20", "18-30", "30-30"]);
    assert.deepEqual(texts(within(entities, true, { start: 0, end: 12 })), ["0-5", "8-12"]);
  });
  it("not: an entity that runs past either end of the span", () => {
    assert.deepEqual(texts(within(entities, true, { start: 9, end: 25 })), ["12-20"]);
    assert.deepEqual(texts(within(entities, true, { start: 41, end: 50 })), []);
  });
  it("entities out of order are read one by one, with the same answer", () => {
    const shuffled = [at(12, 20), at(0, 5), at(18, 30), at(8, 12)];
    assert.equal(byStart(shuffled), false);
    assert.deepEqual(texts(within(shuffled, false, { start: 8, end: 30 })), ["12-20", "18-30", "8-12"]);
    assert.equal(byStart([at(5, 3)]), false);
  });
  it("agrees with testing every entity, over many spans", () => {
    for (let start = 0; start <= 42; start += 3)
      for (let end = start; end <= 45; end += 4)
        assert.deepEqual(
          within(entities, true, { start, end }),
          entities.filter((e) => e.start >= start && e.end <= end),
          `${start}-${end}`,
        );
  });
});
