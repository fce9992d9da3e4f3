import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spanOf } from "../fixture-spans.js";
import { makeBundle } from "../fixtures.js";
import { type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";
import { storyBundles } from "./scenario.js";

/** Actors, aliases and roles accumulated over documents. */
export function actorsContract(make: MakeStore): void {
  describe("actors", () => {
    it("accumulates aliases and mention counts across documents, most frequent alias first", () =>
      withStore(make, async (store) => {
        await seedStories(store, ["a", "b"]);
        const qin = await store.findActor("qin-gang");
        assert.equal(qin?.mention_count, 4); // A: "Qin Gang", "Qin"; B: "Qing Gang" twice
        assert.equal(qin?.aliases[0], "Qing Gang");
        assert.deepEqual([...(qin?.aliases ?? [])].sort(), ["Qin", "Qin Gang", "Qing Gang"]);
        const usa = await store.findActor("USA");
        assert.deepEqual(
          [usa?.name, usa?.kind, usa?.country, usa?.mention_count],
          ["United States", "country", "USA", 2],
        );
        assert.deepEqual([...(usa?.aliases ?? [])].sort(), ["United States", "Washington"]);
      }));

    it("keeps one role per actor, title, organization, start and basis, with evidence from each document", () =>
      withStore(make, async (store) => {
        await seedStories(store, ["a", "b"]);
        const { a, b } = storyBundles();
        const docs = storyDocIds();
        const qin = await store.findActor("Qin Gang");
        assert.equal(qin?.roles.length, 1);
        const role = qin?.roles[0];
        assert.deepEqual(
          [role?.title, role?.organization, role?.country, role?.basis],
          ["Foreign Minister", "Ministry of Foreign Affairs", "CHN", "text"],
        );
        assert.deepEqual(role?.evidence, [
          { doc_id: docs.a, ...spanOf(a.document.text, "Foreign Minister Qin Gang") },
          { doc_id: docs.b, ...spanOf(b.document.text, "Foreign Minister Qing Gang") },
        ]);
      }));

    it("finds an actor by id, name or alias, ignoring case and accents", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        for (const query of ["sergei-lavrov", "Sergei Lavrov", "sergei lavrov", "LAVROV", "Sérgei Lavrov"]) {
          assert.equal((await store.findActor(query))?.actor_id, "sergei-lavrov", query);
        }
        assert.equal((await store.findActor("Kyiv"))?.actor_id, "UKR");
        assert.equal(await store.findActor("Nobody"), null);
      }));

    it("prefers the most mentioned actor when an alias is shared", () =>
      withStore(make, async (store) => {
        const actor = (id: string) => [{ id, aliases: ["Zhang"] }];
        await store.saveDocument(makeBundle({ origin: "y", text: "Zhang arrived.", actors: actor("zhang-jun") }));
        const text = "Zhang met them. Zhang spoke. Zhang left.";
        await store.saveDocument(makeBundle({ origin: "x", text, actors: actor("zhang-wei") }));
        assert.equal((await store.findActor("zhang"))?.actor_id, "zhang-wei");
        assert.equal((await store.findActor("zhang-jun"))?.actor_id, "zhang-jun", "an id wins over an alias");
      }));

    it("lists actors by mention count, then name, and filters by kind", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const all = await store.listActors();
        assert.deepEqual(
          all.map((a) => [a.actor_id, a.mention_count]),
          [
            ["qin-gang", 4],
            ["USA", 4],
            ["antony-blinken", 3],
            ["CHN", 3],
            ["sergei-lavrov", 2],
            ["UKR", 2],
          ],
        );
        const countries = await store.listActors({ kind: "country" });
        assert.deepEqual(
          countries.map((a) => a.actor_id),
          ["USA", "CHN", "UKR"],
        );
        const page = await store.listActors({ limit: 2, offset: 2 });
        assert.deepEqual(
          page.map((a) => a.actor_id),
          ["antony-blinken", "CHN"],
        );
      }));

    it("counts the events an actor takes part in, by side", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        assert.deepEqual(await store.actorEventCounts("qin-gang"), { as_actor: 3, as_recipient: 0 });
        assert.deepEqual(await store.actorEventCounts("USA"), { as_actor: 2, as_recipient: 2 });
        assert.deepEqual(await store.actorEventCounts("antony-blinken"), { as_actor: 0, as_recipient: 1 });
        assert.deepEqual(await store.actorEventCounts("nobody"), { as_actor: 0, as_recipient: 0 });
      }));
  });
}
