import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { country, eventRecord, person } from "../testing/events.js";
import { mergeKey } from "./merge-key.js";

const qin = person("p:qin-gang", "Qin Gang", "CHN");
const blinken = person("p:antony-blinken", "Antony Blinken", "USA");
const call = eventRecord({ mode: "phone", actors: [qin], recipients: [blinken], date: "2023-01-01" });

describe("mergeKey: which reports name the same event", () => {
  test("type, sorted participants, day and status", () => {
    assert.equal(mergeKey(call), "CONSULT|p:antony-blinken+p:qin-gang|2023-01-01|reported");
  });

  // biome-ignore format: one case per line reads as a table
  const same: [string, ReturnType<typeof eventRecord>][] = [
    ["the sides swapped", { ...call, actors: [blinken], recipients: [qin] }],
    ["both sides as joint actors", { ...call, actors: [qin, blinken], recipients: [] }],
    ["another mode, place or confidence", { ...call, mode: null, confidence: 0.4, location: { name: "Beijing", country: "CHN", lat: null, lon: null } }],
    ["a participant named twice", { ...call, recipients: [blinken, blinken] }],
  ];
  for (const [behaviour, other] of same) {
    test(`the same event: ${behaviour}`, () => assert.equal(mergeKey(other), mergeKey(call)));
  }

  // biome-ignore format: one case per line reads as a table
  const apart: [string, ReturnType<typeof eventRecord>][] = [
    ["another day", { ...call, date: "2023-01-02" }],
    ["a coarser date", { ...call, date: "2023-01" }],
    ["another status", { ...call, status: "future" }],
    ["another type", { ...call, event_type: "ACCUSE" }],
    ["a country in place of its minister", { ...call, actors: [country("CHN", "China")] }],
  ];
  for (const [behaviour, other] of apart) {
    test(`another event: ${behaviour}`, () => assert.notEqual(mergeKey(other), mergeKey(call)));
  }

  test("an agreement to meet and an agreement of other content stay apart; two agreements to meet do not", () => {
    const meet = { ...call, event_type: "AGREE", cameo: "036", date: null, status: "future" as const };
    assert.notEqual(mergeKey(meet), mergeKey({ ...meet, cameo: "031" }));
    assert.equal(mergeKey({ ...meet, mode: "visit" }), mergeKey(meet));
  });

  test("a participant with no actor id is keyed by its lower-cased name", () => {
    const unknown = { ...person("", "Chen Wei", null) };
    assert.equal(mergeKey({ ...call, recipients: [unknown] }), "CONSULT|p:qin-gang+~chen wei|2023-01-01|reported");
  });

  test("an undated event keys with an empty date", () => {
    assert.equal(mergeKey({ ...call, date: null }), "CONSULT|p:antony-blinken+p:qin-gang||reported");
  });
});
