import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { PLOVER_TYPES } from "../ontology/plover.js";

// The web UI is built on its own (tsconfig.web.json) and cannot import the ontology, so it keeps a
// copy of the type names for the filter form's suggestions; this keeps the copy equal to the source.
const FILTERS = new URL("../../web/src/filters.ts", import.meta.url);

describe("web UI's PLOVER type list", () => {
  it("names the ontology's 16 types in its order", () => {
    const source = readFileSync(FILTERS, "utf8");
    const list = /export const PLOVER_TYPES = \[([^\]]*)\]/.exec(source)?.[1];
    assert.ok(list, "web/src/filters.ts exports PLOVER_TYPES");
    const names = [...list.matchAll(/"([A-Z]+)"/g)].map((m) => m[1]);
    assert.deepEqual(names, [...PLOVER_TYPES]);
  });
});
