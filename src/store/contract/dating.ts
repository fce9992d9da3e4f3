import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { idOf, type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";
import { STORY_A } from "./story-call.js";

/** Dating undated documents: inferred intervals, inferred event dates, event notes; all idempotent. */
export function datingContract(make: MakeStore): void {
  describe("dating", () => {
    it("keeps an inferred interval, an inferred event date and event notes, idempotently", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const { c } = storyDocIds();
        assert.equal(await store.getInferredDate(c), null);
        await store.setInferredDate(c, { from: "2023-06-18", to: "2023-06-24" });
        await store.setInferredDate(c, { from: "2023-06-18", to: "2023-06-24" });
        assert.deepEqual(await store.getInferredDate(c), { from: "2023-06-18", to: "2023-06-24" });
        assert.equal((await store.getDocument(c))?.published_at, null, "the stated date stays absent");
        await store.setInferredDate(c, null);
        assert.equal(await store.getInferredDate(c), null);

        const id = idOf("call");
        await store.setEventDate(id, "2023-06-17", "inferred");
        const event = await store.getEvent(id);
        assert.deepEqual([event?.date, event?.date_basis], ["2023-06-17", "inferred"]);
        const note = { doc_id: c, rule: "dating.contradiction", reason: "stated Dec. 21" };
        await store.addEventMessage(id, note);
        await store.addEventMessage(id, note);
        assert.deepEqual(await store.getEventMessages(id), [note]);
      }));

    it("lists each document's events with that document's mentions only, a page of documents at once", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const all = await store.listEvents();
        const shared = all.find((e) => new Set(e.mentions.map((m) => m.doc_id)).size > 1);
        assert.ok(shared, "the stories share an event");
        const docs = [...new Set(all.flatMap((e) => e.mentions.map((m) => m.doc_id)))].sort();
        const found = await store.listDocumentEvents([...docs, "doc_000000000000"]);
        assert.deepEqual(found.get("doc_000000000000"), []);
        for (const doc of docs) {
          const expected = (await store.listEvents({ doc })).map((e) => ({
            ...e,
            mentions: e.mentions.filter((m) => m.doc_id === doc),
          }));
          assert.deepEqual(found.get(doc), expected, doc);
        }
        const inShared = found.get(shared.mentions[0]?.doc_id ?? "")?.find((e) => e.id === shared.id);
        assert.equal(inShared?.doc_count, shared.doc_count, "doc_count still counts every report");
      }));

    it("keeps an undated document's dating evidence with it, and sets it for one stored without", () =>
      withStore(make, async (store) => {
        const timex = { start: 40, end: 48, text: "Thursday", value: null, basis: "relative" } as const;
        const evidence = { timexes: [timex], attached: { "30:60:consult.meet": ["40:48"] } };
        const undated = makeBundle({ ...STORY_A, origin: "notes/undated.txt", published_at: null });
        const { doc_id: withIt } = await store.saveDocument({ ...undated, dating: evidence });
        const bare = makeBundle({
          ...STORY_A,
          origin: "notes/bare.txt",
          text: `${STORY_A.text} Bare.`,
          published_at: null,
        });
        const { doc_id: without } = await store.saveDocument(bare);
        // a dated document's evidence is never kept: dating never reads it
        await store.saveDocument({ ...makeBundle({ ...STORY_A, text: `${STORY_A.text} Dated.` }), dating: evidence });
        const read = async () =>
          Object.fromEntries((await store.listUndated(null, 10)).documents.map((d) => [d.doc_id, d.evidence]));
        assert.deepEqual(await read(), { [withIt]: evidence, [without]: null });
        await store.setDatingEvidence(without, { timexes: [], attached: {} });
        await store.setDatingEvidence(without, { timexes: [timex], attached: {} });
        assert.deepEqual(await read(), { [withIt]: evidence, [without]: { timexes: [timex], attached: {} } });
      }));
  });
}
