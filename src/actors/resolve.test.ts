import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { KnowledgeBase, loadKnowledgeBase } from "./kb.js";
import type { KbActor } from "./kb-types.js";
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
    ["a usual transliteration with the person's country", "Sergei Shoygu", { countries: new Set(["RUS"]) }, "p:sergei-shoigu", "country RUS in the article"],
    ["a middle initial the knowledge base leaves out", "Sergey V. Lavrov", { countries: new Set(["RUS"]) }, "p:sergey-lavrov", "country RUS in the article"],
    ["a risky pinyin slip with a title fitting the office on the date", "Xi Jingping", { title: "president", countries: new Set(["CHN"]) }, "p:xi-jinping", 'title "president", country CHN in the article'],
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
    ["a letter off in a short pinyin word, with only the country", "Qian Gang", { countries: new Set(["CHN"]) }, ["p:qin-gang"]],
    ["a pinyin slip with only the country", "Xi Jingping", { countries: new Set(["CHN"]) }, ["p:xi-jinping"]],
    ["a title the person held only at another time", "Qing Gang", { title: "foreign minister", date: "2024-03-01", countries: new Set(["CHN"]) }, ["p:qin-gang"]],
    ["a title naming an office the person never held", "Vang Yi", { title: "journalist", countries: new Set(["CHN"]) }, ["p:wang-yi"]],
    ["an office many hold does not single out a name two letters off", "Antonio Marzano", { title: "minister", date: "2003-05-01", countries: new Set(["ITA"]) }, ["p:antonio-martino"]],
    ["the surname counts only when written outside the mention", "Wang Yan", { articleWords: new Set(["wang", "yan"]), countries: new Set(["CHN"]) }, ["p:wang-yang"]],
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

  test("a person added to a knowledge base already searched is found", () => {
    const small = new KnowledgeBase();
    const person = (id: string, name: string): KbActor => ({
      ...{ id, name, kind: "person", entityType: "PERSON", country: "CHN", sector: "GOV", aliases: [] },
      ...{ roles: [], lat: null, lon: null, source: "test" },
    });
    small.add(person("p:qin-gang", "Qin Gang"));
    const ctx = { ...BARE, countries: new Set(["CHN"]) };
    assert.deepEqual(resolvePerson("Vang Yi", small, ctx), { kind: "unknown" });
    small.add(person("p:wang-yi", "Wang Yi"));
    assert.equal(resolvePerson("Vang Yi", small, ctx).kind, "variant");
  });
});
