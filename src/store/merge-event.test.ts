import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../model/records.js";
import { eventRecord } from "../testing/events.js";
import { type MergeableFields, mergeEventFields } from "./merge-event.js";

const stored: MergeableFields = {
  mode: null,
  context: ["diplomatic"],
  date: "2023-06",
  date_end: null,
  date_basis: "publication",
  location: null,
  confidence: 0.6,
};

/** A second report of the event: a hand-built record with confidence 0.5 unless the fields say otherwise. */
const report = (fields: Partial<EventRecord>): EventRecord => eventRecord({ confidence: 0.5, ...fields });

describe("mergeEventFields", () => {
  const dates: [string, string | null, string | null, string, string][] = [
    ["a more precise date that agrees wins", "2023-06", "2023-06-18", "2023-06-18", "stated"],
    ["a coarser date that agrees loses", "2023-06-18", "2023-06", "2023-06-18", "publication"],
    ["a date that disagrees loses", "2023-06", "2023-07-02", "2023-06", "publication"],
    ["a date fills a missing one", null, "2023", "2023", "stated"],
    ["a missing date changes nothing", "2023-06", null, "2023-06", "publication"],
  ];
  for (const [behaviour, before, incoming, date, basis] of dates) {
    it(behaviour, () => {
      const merged = mergeEventFields({ ...stored, date: before }, report({ date: incoming, date_basis: "stated" }));
      assert.deepEqual([merged.date, merged.date_basis], [date, basis]);
    });
  }

  it("keeps the higher confidence, fills mode and location, unites contexts", () => {
    const beijing = { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.4 };
    const merged = mergeEventFields(
      stored,
      report({ confidence: 0.9, mode: "phone", location: beijing, context: ["economic", "diplomatic"] }),
    );
    assert.deepEqual(merged, {
      ...stored,
      confidence: 0.9,
      mode: "phone",
      location: beijing,
      context: ["diplomatic", "economic"],
    });
    assert.equal(mergeEventFields({ ...stored, confidence: 0.95 }, report({ confidence: 0.9 })).confidence, 0.95);
  });
});
