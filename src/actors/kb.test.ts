import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadKnowledgeBase, overlaps } from "./kb.js";
import { surfaceKey } from "./surface-key.js";

describe("knowledge base", () => {
  const kb = loadKnowledgeBase();
  const lookup = (text: string) => (kb.surfaces.get(surfaceKey(text)) ?? []).map((e) => `${e.actorId}/${e.via}`);

  it("names every country by ISO-3 code", () => {
    assert.equal(kb.get("CHN")?.name, "China");
    assert.equal(kb.get("FJI")?.kind, "country");
  });
  it("reads short forms, demonyms and metonyms", () => {
    assert.deepEqual(lookup("U.S."), ["USA/alias"]);
    assert.deepEqual(lookup("Chinese"), ["CHN/demonym"]);
    assert.deepEqual(lookup("the Kremlin"), ["RUS/metonym"]);
    assert.deepEqual(lookup("Downing Street"), ["GBR/metonym"]);
  });
  it("indexes the leading tokens of every surface, in this knowledge base and its copies", () => {
    for (const prefix of ["United", "United Arab", "United Arab Emirates", "People 's Republic"])
      assert.ok(kb.surfacePrefixes.has(prefix), prefix);
    assert.equal(kb.surfacePrefixes.has("Arab Emirates"), false, "only leading tokens");
    const copy = kb.clone();
    copy.addSurface("Xyzland Free Republic", "XYZ", "alias", "GPE");
    assert.ok(copy.surfacePrefixes.has("Xyzland Free") && copy.surfacePrefixes.has("United Arab"));
    assert.equal(kb.surfacePrefixes.has("Xyzland"), false, "the original is left as it was");
  });
  it("indexes people by surname, family name first where the country puts it first", () => {
    assert.deepEqual(kb.surnames.get("qin"), ["p:qin-gang"]);
    assert.deepEqual(kb.surnames.get("blinken"), ["p:antony-blinken"]);
  });
  it("bounds roles in time", () => {
    const titles = (date: string) => kb.rolesAt("p:qin-gang", date).map((r) => r.title);
    assert.deepEqual(titles("2021-10-01"), ["Ambassador to the United States"]);
    assert.deepEqual(titles("2023-01-02"), ["Foreign Minister"]);
    assert.deepEqual(titles("2023-06"), ["Foreign Minister", "State Councilor"]);
  });
});

const overlapCases: [string | null, string | null, string, boolean][] = [
  ["2021-07-28", "2022-12-30", "2022", true],
  ["2021-07-28", "2022-12-30", "2022-12-30", true],
  ["2021-07-28", "2022-12-30", "2023-01", false],
  ["2021-07-28", "2022-12-30", "2021-07", true],
  ["2021-07-28", "2022-12-30", "2021-06-30", false],
  ["2023-07-25", null, "2026-01-01", true],
];

describe("overlaps", () => {
  for (const [start, end, date, expected] of overlapCases) {
    it(`${start}..${end} vs ${date} → ${expected}`, () => assert.equal(overlaps(start, end, date), expected));
  }
});
