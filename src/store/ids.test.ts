import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { documentId, eventId, normalizeName } from "./ids.js";

describe("ids", () => {
  it("names a document by the first 12 hex digits of its content hash", () => {
    assert.equal(documentId("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"), "doc_9f86d081884c");
    assert.equal(documentId("9f86d081884c7d65", 16), "doc_9f86d081884c7d65");
    assert.match(documentId("sha256:not-plain-hex"), /^doc_[0-9a-f]{12}$/);
  });

  it("names an event by its merge key, the same key always the same id", () => {
    const key = "consult|qin-gang|antony-blinken|2023-06-18";
    assert.match(eventId(key), /^ev_[0-9a-f]{12}$/);
    assert.equal(eventId(key), eventId(key));
    assert.notEqual(eventId(key), eventId(`${key}x`));
  });

  const names: [string, string][] = [
    ["Qin Gang", "qin gang"],
    ["  Qín   GANG ", "qin gang"],
    ["Sérgei Lavróv", "sergei lavrov"],
    ["Erdoğan", "erdogan"],
  ];
  for (const [name, normal] of names) {
    it(`compares "${name}" as "${normal}"`, () => assert.equal(normalizeName(name), normal));
  }
});
