import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { KbActorEntry, KbAgentEntry } from "../kb-store.js";
import { type MakeStore, withStore } from "./harness.js";

const SOURCE = "petrarch:Test.actors.txt";

// Invented entries in the shape `annals kb import` writes.
const SISI: KbActorEntry = {
  actor_id: "p:abdel-fattah-el-sisi",
  name: "Abdel Fattah el-Sisi",
  kind: "person",
  country: "EGY",
  sector: "ELI",
  aliases: ["Abdel Fattah al-Sisi", "El-Sissi"],
  roles: [
    { title: "Elite (EGYELI)", organization: null, country: "EGY", sector: "ELI", start: null, end: null },
    {
      title: "Military (EGYMIL)",
      organization: null,
      country: "EGY",
      sector: "MIL",
      start: "1977-01-01",
      end: "2012-08-12",
    },
    { title: "Government (EGYGOV)", organization: null, country: "EGY", sector: "GOV", start: "2014-06-08", end: null },
  ],
};
const ARMY: KbActorEntry = {
  actor_id: "o:egyptian-army",
  name: "Egyptian Army",
  kind: "organization",
  country: "EGY",
  sector: "MIL",
  aliases: [],
  roles: [],
};
const MINISTER: KbAgentEntry = {
  noun: "minister",
  forms: ["ministers"],
  code: "GOV",
  position: "suffix",
  sector: "GOV",
};

/** Knowledge-base entries imported from dictionaries, kept and replaced per source. */
export function kbContract(make: MakeStore): void {
  describe("imported knowledge base", () => {
    it("keeps imported actors whole, with their aliases, dated roles and source", () =>
      withStore(make, async (store) => {
        assert.deepEqual(await store.listKbActors(), []);
        assert.equal(await store.saveKbActors([SISI, ARMY], SOURCE), 2);
        const listed = await store.listKbActors();
        assert.deepEqual(listed, [
          { ...ARMY, source: SOURCE },
          { ...SISI, source: SOURCE },
        ]);
      }));

    it("replaces a source's entries when it is imported again, leaving other sources alone", () =>
      withStore(make, async (store) => {
        await store.saveKbActors([SISI, ARMY], SOURCE);
        await store.saveKbActors([ARMY], "petrarch:Other.actors.txt");
        const renamed = { ...SISI, aliases: ["Sisi"] };
        assert.equal(await store.saveKbActors([renamed], SOURCE), 1);
        const all = await store.listKbActors();
        assert.deepEqual(
          all.map((a) => [a.source, a.actor_id, a.aliases]),
          [
            ["petrarch:Other.actors.txt", "o:egyptian-army", []],
            [SOURCE, "p:abdel-fattah-el-sisi", ["Sisi"]],
          ],
        );
        assert.deepEqual(
          (await store.listKbActors({ source: SOURCE })).map((a) => a.actor_id),
          ["p:abdel-fattah-el-sisi"],
        );
      }));

    it("keeps one entry per id within a source, the last given winning", () =>
      withStore(make, async (store) => {
        assert.equal(await store.saveKbActors([ARMY, { ...ARMY, name: "Egyptian Armed Forces" }], SOURCE), 1);
        assert.equal((await store.listKbActors())[0]?.name, "Egyptian Armed Forces");
      }));

    it("keeps imported agents per source, replaced on a second import", () =>
      withStore(make, async (store) => {
        assert.equal(await store.saveKbAgents([MINISTER], "petrarch:Test.agents.txt"), 1);
        assert.deepEqual(await store.listKbAgents(), [{ ...MINISTER, source: "petrarch:Test.agents.txt" }]);
        await store.saveKbAgents([], "petrarch:Test.agents.txt");
        assert.deepEqual(await store.listKbAgents(), []);
      }));
  });
}
