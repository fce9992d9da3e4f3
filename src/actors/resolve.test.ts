import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadKnowledgeBase } from "./kb.js";
import { type NameContext, type Resolution, resolvePerson } from "./resolve.js";

const kb = loadKnowledgeBase();

/** An article that says nothing to help: no title, no other names, no countries. */
const BARE: NameContext = { articleWords: new Set(), countries: new Set(), title: null, date: "2023-06-20" };

const resolve = (name: string, ctx: Partial<NameContext> = {}): Resolution =>
  resolvePerson(name, kb, { ...BARE, ...ctx });

describe("resolvePerson", () => {
  // biome-ignore format: one case per line reads as a table
  const exact: [string, string, string][] = [
    ["a canonical name", "Wang Yi", "p:wang-yi"],
    ["an alias", "Tony Blinken", "p:antony-blinken"],
    ["a transliteration listed as an alias", "Sergei Lavrov", "p:sergey-lavrov"],
    ["an alias with an initial", "Joseph R. Biden", "p:joe-biden"],
  ];
  for (const [behaviour, name, id] of exact) {
    test(`exact: ${behaviour}`, () => assert.deepEqual(resolve(name), { kind: "exact", actorId: id }));
  }

  // biome-ignore format: one case per line reads as a table
  const variants: [string, string, Partial<NameContext>, string, string][] = [
    ["a title that matches one of the person's roles", "Qing Gang", { title: "foreign minister" }, "p:qin-gang", 'title "foreign minister"'],
    ["the surname written right elsewhere in the article", "Antony Bilnken", { articleWords: new Set(["blinken"]) }, "p:antony-blinken", 'surname "blinken" in the article'],
    ["the person's country in the story", "Vang Yi", { countries: new Set(["CHN"]) }, "p:wang-yi", "country CHN in the article"],
    ["two edits for a long name", "Anthony Blinkin", { countries: new Set(["USA"]) }, "p:antony-blinken", "country USA in the article"],
  ];
  for (const [behaviour, name, ctx, id, evidence] of variants) {
    test(`variant with evidence: ${behaviour}`, () => {
      const r = resolve(name, ctx);
      assert.equal(r.kind, "variant");
      assert.deepEqual(r.kind === "variant" && [r.actorId, r.evidence], [id, evidence]);
    });
  }

  test("a variant records how far it strayed", () => {
    const r = resolve("Anthony Blinkin", { countries: new Set(["USA"]) });
    assert.equal(r.kind === "variant" && r.distance, 2);
  });

  // biome-ignore format: one case per line reads as a table
  const ambiguous: [string, string, Partial<NameContext>, string[]][] = [
    ["a close spelling with nothing in the article to support it", "Qing Gang", {}, ["p:qin-gang"]],
    ["a title that matches none of the person's roles", "Qing Gang", { title: "mayor" }, ["p:qin-gang"]],
    ["two supported people equally close", "Li Kqiang", { countries: new Set(["CHN"]) }, ["p:li-qiang", "p:li-keqiang"]],
  ];
  for (const [behaviour, name, ctx, candidates] of ambiguous) {
    test(`ambiguous: ${behaviour}`, () => {
      const r = resolve(name, ctx);
      assert.equal(r.kind, "ambiguous");
      assert.deepEqual(r.kind === "ambiguous" && [...r.candidates].sort(), [...candidates].sort());
    });
  }

  // biome-ignore format: one case per line reads as a table
  const unknown: [string, string, Partial<NameContext>][] = [
    ["a name no known person is close to", "Bartholomew Quince", { countries: new Set(["GBR"]) }],
    ["a short name allows no edits, even one letter from a known name", "Li Ki", { countries: new Set(["CHN"]) }],
    ["a name more edits away than its length allows, even with support", "Wang Wenhui", { countries: new Set(["CHN"]) }],
  ];
  for (const [behaviour, name, ctx] of unknown) {
    test(`unknown: ${behaviour}`, () => assert.deepEqual(resolve(name, ctx), { kind: "unknown" }));
  }
});
