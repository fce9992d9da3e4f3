import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../model/records.js";
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

function report(fields: Partial<EventRecord>): EventRecord {
  return {
    id: "",
    event_type: "CONSULT",
    mode: null,
    context: [],
    actors: [],
    recipients: [],
    date: null,
    date_end: null,
    date_basis: "unknown",
    status: "reported",
    location: null,
    score: 1,
    cameo: "040",
    goldstein: 1,
    quad: "verbal_cooperation",
    confidence: 0.5,
    doc_count: 1,
    mentions: [],
    ...fields,
  };
}

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
