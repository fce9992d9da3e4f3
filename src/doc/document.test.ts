import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { MessageRecord } from "../model/records.js";
import { AnnotatedDoc } from "./document.js";

const TEXT = "Sergei Lavrov met Wang Yi in Moscow. Both sides praised the talks.";

describe("AnnotatedDoc", () => {
  test("keeps the text and slices spans of it", () => {
    const doc = new AnnotatedDoc(TEXT);
    assert.equal(doc.text, TEXT);
    assert.equal(doc.slice({ start: 18, end: 25 }), "Wang Yi");
    assert.equal(doc.slice({ start: 29, end: 35 }), "Moscow");
  });

  test("holds the layers stages set, by name", () => {
    const doc = new AnnotatedDoc(TEXT);
    assert.equal(doc.has("sentences"), false);
    const sentences = [
      { start: 0, end: 36, index: 0, furniture: false },
      { start: 37, end: 66, index: 1, furniture: false },
    ];
    doc.set("sentences", sentences);
    doc.set("language", "en");
    assert.equal(doc.has("sentences"), true);
    assert.deepEqual(doc.get("sentences"), sentences);
    assert.equal(doc.get("language"), "en");
    assert.deepEqual(
      doc.get("sentences").map((s) => doc.slice(s)),
      ["Sergei Lavrov met Wang Yi in Moscow.", "Both sides praised the talks."],
    );
  });

  test("asking for a layer no stage provided is a bug, and says which layer", () => {
    const doc = new AnnotatedDoc(TEXT);
    assert.throws(() => doc.get("entities"), { message: 'layer "entities" has not been provided' });
  });

  test("an empty layer is still provided", () => {
    const doc = new AnnotatedDoc(TEXT);
    doc.set("quotes", []);
    assert.deepEqual(doc.get("quotes"), []);
  });
});

describe("AnnotatedDoc.report: problems in the input are data", () => {
  const message = (fields: Partial<MessageRecord> = {}): MessageRecord => ({
    stage: "events",
    rule: "consult.meet.verb",
    reason: '"met" names only one side of a meeting; not coded',
    start: 0,
    end: 36,
    ...fields,
  });

  test("keeps messages in the order reported", () => {
    const doc = new AnnotatedDoc(TEXT);
    doc.report(message());
    doc.report(message({ rule: "actors.variant", reason: '"Vang Yi" read as Wang Yi', start: 18 }));
    assert.deepEqual(
      doc.messages.map((m) => m.rule),
      ["consult.meet.verb", "actors.variant"],
    );
  });

  // biome-ignore format: one case per line reads as a table
  const cases: [string, Partial<MessageRecord>, number][] = [
    ["the same rule, reason and start is kept once", {}, 1],
    ["the same rule and reason elsewhere is kept", { start: 37, end: 66 }, 2],
    ["another reason for the same rule and span is kept", { reason: '"met" looks like a CONSULT event but no actor was found' }, 2],
    ["another rule with the same reason is kept", { rule: "consult.hold-talks.verb" }, 2],
  ];
  for (const [behaviour, second, count] of cases) {
    test(behaviour, () => {
      const doc = new AnnotatedDoc(TEXT);
      doc.report(message());
      doc.report(message(second));
      assert.equal(doc.messages.length, count);
    });
  }
});
