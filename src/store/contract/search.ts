import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";

/** Full-text search over documents. */
export function searchContract(make: MakeStore): void {
  describe("search", () => {
    it("finds documents by a word, with a snippet around it", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const docs = storyDocIds();
        const hits = await store.search("phone");
        assert.deepEqual(hits.map((h) => h.doc_id).sort(), [docs.a, docs.b].sort());
        for (const hit of hits) assert.match(hit.snippet, /phone/i);
        const titles = hits.map((h) => h.title).sort();
        assert.deepEqual(titles, ["Blinken, Qing Gang hold call", "Qin and Blinken speak by phone"]);
        const istanbul = await store.search("istanbul");
        assert.deepEqual(
          istanbul.map((h) => [h.doc_id, h.title]),
          [[docs.c, null]],
        );
        assert.equal((await store.search("phone", 1)).length, 1);
        assert.deepEqual(await store.search("Antarctica"), []);
      }));

    it("reads a word ending in * as a prefix, also where the word's stem is shorter than the prefix", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const docs = storyDocIds();
        const found = async (query: string) => (await store.search(query)).map((h) => h.doc_id).sort();
        assert.deepEqual(await found("blink*"), [docs.a, docs.b].sort(), "Blinken");
        assert.deepEqual(await found("communicat*"), [docs.a], "communication");
        assert.deepEqual(await found("provocat*"), [docs.b], "provocations");
        assert.deepEqual(await found("stall*"), [docs.c], "stalling");
        assert.deepEqual(await found("phone blink*"), [docs.a, docs.b].sort(), "with a plain word");
        assert.deepEqual(await found("lavrov blink*"), [], "every term must match");
        assert.deepEqual(await found("provoca*"), [docs.b]);
        assert.deepEqual(await found("zebra*"), []);
      }));

    it("never fails on a query that is not valid FTS syntax", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        for (const query of [
          '"unbalanced',
          "AND OR",
          "(",
          ")",
          "title:",
          "NEAR(",
          "*",
          "-",
          "phone AND",
          '""',
          "   ",
        ]) {
          await assert.doesNotReject(store.search(query), query);
        }
        const docs = storyDocIds();
        const hits = await store.search('"phone');
        assert.deepEqual(hits.map((h) => h.doc_id).sort(), [docs.a, docs.b].sort());
        assert.deepEqual(await store.search(""), []);
      }));
  });
}
