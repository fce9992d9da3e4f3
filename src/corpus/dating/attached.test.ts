import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeDocument } from "../../analyze.js";
import { attachedFromEvents, attachedTimexes } from "./attached.js";

const spans = (m: Map<string, Set<string>> | Record<string, string[]>) =>
  Object.fromEntries(
    (m instanceof Map ? [...m].map(([k, v]) => [k, [...v]] as const) : Object.entries(m)).map(([k, v]) => [
      k,
      [...v].sort(),
    ]),
  );

describe("time expressions attached to the events of an undated article", () => {
  const texts = [
    // a date that governs the meeting
    "Wang Yi met Antony Blinken in Washington on Thursday.",
    // a date in another clause of the sentence: it belongs to the letter, not to the visit
    "Before Antony Blinken visited China, 42 groups wrote to him on June 14 asking him to raise human rights.",
    // no date at all: the event takes none
    "Qin Gang held talks with Antony Blinken in Beijing.",
  ];
  for (const text of texts) {
    it(`are read from the coder's own record as from a second analysis: ${text.slice(0, 40)}…`, () => {
      const analysis = analyzeDocument(text, { publishedAt: null });
      assert.ok(analysis.record.events.length > 0, "the sentence codes an event");
      assert.deepEqual(spans(attachedFromEvents(analysis.doc.get("events"))), spans(attachedTimexes(text)));
    });
  }

  it("names the governing expression by its span", () => {
    const text = "Wang Yi met Antony Blinken in Washington on Thursday.";
    const attached = attachedFromEvents(analyzeDocument(text, { publishedAt: null }).doc.get("events"));
    const thursday = text.indexOf("Thursday");
    assert.deepEqual(Object.values(attached), [[`${thursday}:${thursday + "Thursday".length}`]]);
  });
});
