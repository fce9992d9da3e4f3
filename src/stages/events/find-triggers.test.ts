import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TriggerRow } from "../../ontology/triggers.js";
import { tokenize } from "../tokens/tokenize.js";
import { findTriggers } from "./find-triggers.js";
import { buildTriggerIndex } from "./trigger-index.js";

const row = (id: string, forms: string[], guards: Partial<TriggerRow>): TriggerRow =>
  ({
    id,
    type: "CONSULT",
    mode: null,
    cameo: "040",
    pos: "verb",
    forms,
    status: null,
    note: "",
    source: "test.json",
    ...guards,
  }) as TriggerRow;

const index = buildTriggerIndex([
  row("consult.meet.noun", ["meeting", "talks"], {
    not_before: ["room", "hall of fame"],
    not_after: ["prayer", "in a"],
  }),
  row("consult.call.noun", ["phone call"], {}),
]);

function triggers(text: string): string[] {
  const tokens = tokenize(text, [{ start: 0, end: text.length, index: 0, furniture: false }]);
  return findTriggers(tokens, 0, tokens.length, index).map((h) => `${h.row.id}:${h.first}-${h.last}`);
}

describe("findTriggers: guards before and after a form", () => {
  it("finds a form with no guard phrase around it, longest form first", () => {
    assert.deepEqual(triggers("The meeting ended after a phone call."), [
      "consult.meet.noun:1-1",
      "consult.call.noun:5-6",
    ]);
  });
  it("a one-word phrase right after the form blocks it; the same word further on does not", () => {
    assert.deepEqual(triggers("The meeting room was full."), []);
    assert.deepEqual(triggers("The meeting ended in the room."), ["consult.meet.noun:1-1"]);
  });
  it("a phrase of several words after the form blocks it only whole", () => {
    assert.deepEqual(triggers("A talks hall of fame opened."), []);
    assert.deepEqual(triggers("The talks hall was closed."), ["consult.meet.noun:1-1"]);
  });
  it("a phrase right before the form blocks it, however many words it has", () => {
    assert.deepEqual(triggers("The prayer meeting began."), []);
    assert.deepEqual(triggers("They were in a meeting all day."), []);
    assert.deepEqual(triggers("They held a meeting all day."), ["consult.meet.noun:3-3"]);
  });
  it("a guard phrase at the very start or end of the text is read without running off it", () => {
    assert.deepEqual(triggers("Talks"), ["consult.meet.noun:0-0"]);
    assert.deepEqual(triggers("meeting room"), []);
  });
});
