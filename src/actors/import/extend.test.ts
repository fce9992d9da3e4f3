import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { KbActorEntry, Sourced } from "../../store/kb-store.js";
import { KnowledgeBase } from "../kb.js";
import type { KbActor } from "../kb-types.js";
import { surfaceKey } from "../surface-key.js";
import { extendKnowledgeBase } from "./extend.js";

const actor = (a: Partial<KbActor> & Pick<KbActor, "id" | "name" | "kind">): KbActor => ({
  entityType: a.kind === "person" ? "PERSON" : a.kind === "country" ? "GPE" : "ORG",
  country: null,
  sector: null,
  aliases: [],
  roles: [],
  lat: null,
  lon: null,
  source: "data/kb/test.json",
  ...a,
});

/** A small built-in base, made by hand so the test does not follow the real data files. */
function base(): KnowledgeBase {
  const kb = new KnowledgeBase();
  kb.add(actor({ id: "XYZ", name: "Xyzland", kind: "country", country: "XYZ", sector: "GOV" }));
  kb.add(actor({ id: "g:xyz-city", name: "Xyz City", kind: "place", entityType: "GPE", country: "XYZ" }));
  const minister = {
    title: "Foreign Minister",
    organization: null,
    country: "XYZ",
    sector: "GOV",
    start: "2010-01-01",
    end: null,
  };
  kb.add(actor({ id: "p:anna-petrova", name: "Anna Petrova", kind: "person", country: "XYZ", roles: [minister] }));
  return kb;
}

const SOURCE = "petrarch:Test.actors.txt";
const imported = (
  e: Partial<KbActorEntry> & Pick<KbActorEntry, "actor_id" | "name" | "kind">,
): Sourced<KbActorEntry> => ({
  country: "XYZ",
  sector: null,
  aliases: [],
  roles: [],
  source: SOURCE,
  ...e,
});
const role = (title: string, sector: string, start: string | null, end: string | null) => ({
  title,
  organization: null,
  country: "XYZ",
  sector,
  start,
  end,
});

describe("extending the knowledge base with imported actors", () => {
  it("adds imported people under every spelling, leaving the base untouched", () => {
    const b = base();
    const surfaces = b.surfaces.size;
    const farouk = imported({
      actor_id: "p:omar-el-farouk",
      name: "Omar el Farouk",
      kind: "person",
      aliases: ["Omar el-Farouk", "El-Farouk"],
      roles: [role("Elite (XYZELI)", "ELI", null, null), role("Military (XYZMIL)", "MIL", "1977-01-01", "2012-08-12")],
    });
    const kb = extendKnowledgeBase([farouk], b);
    assert.equal(b.surfaces.size, surfaces, "the base keeps its surfaces");
    assert.equal(b.get("p:omar-el-farouk"), undefined);
    for (const text of ["Omar el Farouk", "Omar El-Farouk", "El-Farouk"]) {
      assert.equal(kb.surfaces.get(surfaceKey(text))?.[0]?.actorId, "p:omar-el-farouk", text);
    }
    assert.deepEqual(
      kb.rolesAt("p:omar-el-farouk", "2012-06-01").map((r) => [r.sector, r.source]),
      [
        ["ELI", SOURCE],
        ["MIL", SOURCE],
      ],
    );
  });

  it("merges an imported person into the built-in one of the same name; curated roles win on shared dates", () => {
    const petrova = imported({
      actor_id: "p:anna-petrova",
      name: "Anna Petrova",
      kind: "person",
      aliases: ["Anna Petrowa"],
      roles: [
        role("Government (XYZGOV)", "GOV", "2010-01-01", null),
        role("Military (XYZMIL)", "MIL", "1990-01-01", "2009-12-31"),
      ],
    });
    const kb = extendKnowledgeBase([{ ...petrova, actor_id: "p:anna-petrova-xyz" }], base());
    assert.equal(kb.get("p:anna-petrova-xyz"), undefined, "no duplicate");
    const merged = kb.get("p:anna-petrova");
    assert.deepEqual(merged?.aliases, ["Anna Petrowa"]);
    assert.deepEqual(
      kb.rolesAt("p:anna-petrova", "2015-01-01").map((r) => r.title),
      ["Government (XYZGOV)", "Foreign Minister"],
    );
    assert.equal(kb.rolesAt("p:anna-petrova", "2000-01-01")[0]?.source, SOURCE);
    assert.equal(kb.rolesAt("p:anna-petrova", "2015-01-01").at(-1)?.source, "data/kb/test.json");
  });

  it("gives a country only the spellings nothing else has, and leaves out one-word aliases two actors share", () => {
    const country = imported({ actor_id: "XYZ", name: "Xyzland", kind: "country", aliases: ["Xyzlandia", "Xyz City"] });
    const one = imported({ actor_id: "p:ali-khan", name: "Ali Khan", kind: "person", aliases: ["Khan"] });
    const two = imported({ actor_id: "p:omar-khan", name: "Omar Khan", kind: "person", aliases: ["Khan"] });
    const kb = extendKnowledgeBase([country, one, two], base());
    assert.equal(kb.surfaces.get("Xyzlandia")?.[0]?.actorId, "XYZ");
    assert.deepEqual(
      kb.surfaces.get(surfaceKey("Xyz City"))?.map((e) => e.actorId),
      ["g:xyz-city"],
    );
    assert.equal(kb.surfaces.get("Khan"), undefined);
    assert.equal(kb.surfaces.get("Ali Khan")?.[0]?.actorId, "p:ali-khan");
  });
});
