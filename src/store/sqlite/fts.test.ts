import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createFtsSanitizer, quoteTerms } from "./fts.js";
import { migrate } from "./migrate.js";
import { openDatabase } from "./open-db.js";

describe("FTS query sanitising", () => {
  const db = openDatabase(":memory:");
  migrate(db);
  const sanitize = createFtsSanitizer(db);

  const cases: [string, string | null][] = [
    ["phone call", "phone call"], // valid syntax is kept as typed
    ['"phone call"', '"phone call"'],
    ["blink*", "blink*"],
    ['"unbalanced', '"""unbalanced"'],
    ["AND OR", '"AND" "OR"'],
    ["title:", '"title:"'],
    ["   ", null],
  ];
  for (const [query, safe] of cases)
    it(`${JSON.stringify(query)} → ${JSON.stringify(safe)}`, () => {
      assert.equal(sanitize(query), safe);
    });

  it("quotes every term and doubles inner quotes", () => {
    assert.equal(quoteTerms(' a "b c" '), '"a" """b" "c"""');
  });
});
