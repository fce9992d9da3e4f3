import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { country, eventRecord, person } from "../testing/events.js";
import { mergeKey } from "./merge-key.js";
import { storeKey } from "./store-key.js";

const pair = [country("CHN", "China"), country("USA", "United States")];
const hash = "ab".repeat(32);

describe("storeKey: which stored events an event may merge with by key", () => {
  test("an undated event of countries alone stays in its document", () => {
    const agreed = eventRecord({ event_type: "AGREE", actors: pair });
    assert.equal(storeKey(agreed, hash), `${mergeKey(agreed)}|doc:${"ab".repeat(8)}`);
    assert.notEqual(storeKey(agreed, hash), storeKey(agreed, "cd".repeat(32)));
  });

  // biome-ignore format: one case per line reads as a table
  const across: [string, ReturnType<typeof eventRecord>][] = [
    ["a dated event of countries", eventRecord({ actors: pair, date: "2023-06-18" })],
    ["an undated event with a named person", eventRecord({ actors: [person("p:lin", "Lin Bo", "CHN")], recipients: [pair[1] as (typeof pair)[1]] })],
  ];
  for (const [behaviour, e] of across)
    test(`keys across articles: ${behaviour}`, () => assert.equal(storeKey(e, hash), mergeKey(e)));
});
