import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { idOf, type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";

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
  });
}
