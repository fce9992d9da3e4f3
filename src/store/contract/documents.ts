import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../../model/records.js";
import { makeBundle } from "../fixtures.js";
import { documentId } from "../ids.js";
import type { Store } from "../store.js";
import { idOf, type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";
import { storyBundles } from "./scenario.js";
import { STORY_A } from "./story-call.js";

/** Saving, idempotency, atomicity and reading documents back. */
export function documentsContract(make: MakeStore, reopen?: (store: Store) => Promise<Store>): void {
  describe("documents", () => {
    it("stores the same content once: the second save creates nothing", () =>
      withStore(make, async (store) => {
        const hash = storyBundles().a.document.content_hash;
        const first = await store.saveDocument(storyBundles().a);
        const again = await store.saveDocument(storyBundles().a);
        assert.deepEqual(first, { doc_id: documentId(hash), created: true });
        assert.match(first.doc_id, /^doc_[0-9a-f]{12}$/);
        assert.deepEqual(again, { doc_id: first.doc_id, created: false });
        assert.equal(await store.countDocuments(), 1);
        assert.equal(await store.countEvents(), 2);
        assert.equal((await store.getEvent(idOf("call")))?.doc_count, 1);
        assert.equal((await store.findActor("qin-gang"))?.mention_count, 2, "counts not added twice");
        assert.equal(await store.hasDocument(hash), true);
        assert.equal(await store.hasDocument("0".repeat(64)), false);
      }));

    it("reads back the document, its sentences, mentions and messages as saved", () =>
      withStore(make, async (store) => {
        const bundle = storyBundles().a;
        const { doc_id } = await store.saveDocument(bundle);
        const doc = await store.getDocument(doc_id);
        assert.ok(doc);
        const { ingested_at, ...rest } = doc;
        assert.deepEqual(rest, { doc_id, ...bundle.document, event_count: 2 });
        assert.match(ingested_at, /^\d{4}-\d{2}-\d{2}T/);
        assert.deepEqual(await store.getSentences(doc_id), bundle.sentences);
        assert.deepEqual(await store.getMentions(doc_id), bundle.mentions);
        assert.deepEqual(await store.getMessages(doc_id), bundle.messages);
        assert.equal((await store.getMentions(doc_id))[0]?.text, "Qin Gang");
        assert.equal(await store.getDocument("doc_000000000000"), null);
        assert.deepEqual(await store.getSentences("doc_000000000000"), []);
      }));

    it("leaves no trace of a bundle whose write fails midway", () =>
      withStore(make, async (store) => {
        const bad = storyBundles().a;
        // the first event is written before the second breaks a NOT NULL constraint
        (bad.events[1]?.event as unknown as { event_type: null }).event_type = null;
        await assert.rejects(store.saveDocument(bad));
        assert.equal(await store.hasDocument(bad.document.content_hash), false);
        assert.equal(await store.countDocuments(), 0);
        assert.equal(await store.countEvents(), 0);
        assert.equal(await store.getEvent(idOf("call")), null);
        assert.equal(await store.findActor("qin-gang"), null);
        assert.deepEqual(await store.listActors(), []);
        assert.deepEqual(await store.search("phone"), []);
        assert.deepEqual(await store.getSentences(documentId(bad.document.content_hash)), []);
        assert.equal((await store.saveDocument(storyBundles().a)).created, true, "a good save still works");
        assert.equal(await store.countEvents(), 2);
      }));

    it("lists documents by publication date, then origin, undated last", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const sameDay = makeBundle({ ...STORY_A, origin: "wire/0-early.txt", text: `${STORY_A.text} (corrected)` });
        await store.saveDocument(sameDay);
        const origins = (docs: { origin: string }[]) => docs.map((d) => d.origin);
        const all = ["wire/0-early.txt", "wire/a.txt", "wire/b.txt", "wire/d.txt", "notes/c.txt"];
        assert.deepEqual(origins(await store.listDocuments()), all);
        assert.deepEqual(origins(await store.listDocuments({ limit: 2, offset: 1 })), all.slice(1, 3));
        assert.deepEqual(origins(await store.listDocuments({ text: "Istanbul" })), ["notes/c.txt"]);
        assert.deepEqual(origins(await store.listDocuments({ text: '"Istanbul' })), ["notes/c.txt"]);
        assert.equal(await store.countDocuments(), 5);
        const undated = (await store.listDocuments()).at(-1);
        assert.equal(undated?.published_at, null);
        assert.equal(undated?.doc_id, storyDocIds().c);
      }));

    it("pages through the undated documents only, each once, whatever the page size", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        for (const i of [1, 2, 3, 4])
          await store.saveDocument(
            makeBundle({ ...STORY_A, origin: `notes/u${i}.txt`, text: `${STORY_A.text} ${i}`, published_at: null }),
          );
        const expected = (await store.listDocuments()).filter((d) => d.published_at === null).map((d) => d.doc_id);
        assert.equal(expected.length, 5);
        for (const size of [1, 2, 5, 10]) {
          const seen: string[] = [];
          for (let cursor: string | null = null, pages = 0; pages < 10; pages++) {
            const page = await store.listUndated(cursor, size);
            seen.push(...page.documents.map((d) => d.doc_id));
            assert.ok(page.documents.length <= size);
            if (page.next === null) break;
            cursor = page.next;
          }
          assert.deepEqual([...seen].sort(), [...expected].sort(), `pages of ${size}`);
        }
      }));

    it("reports a kind and a schema version of at least 1", () =>
      withStore(make, async (store) => {
        assert.ok(store.kind.length > 0);
        const version = await store.schemaVersion();
        assert.ok(Number.isInteger(version) && version >= 1, `version ${version}`);
      }));

    if (reopen) {
      it("keeps everything when reopened", async () => {
        const store = await make();
        await seedStories(store);
        const before: EventRecord[] = await store.listEvents();
        const reopened = await reopen(store);
        try {
          assert.equal(await reopened.countDocuments(), 4);
          assert.deepEqual(await reopened.listEvents(), before);
          assert.equal((await reopened.findActor("Qing Gang"))?.mention_count, 4);
          assert.equal((await reopened.search("Istanbul"))[0]?.doc_id, storyDocIds().c);
          assert.equal((await reopened.saveDocument(storyBundles().a)).created, false);
        } finally {
          await reopened.close();
        }
      });
    }
  });
}
