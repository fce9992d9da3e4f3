import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "./fixtures.js";
import { openStore } from "./open.js";

describe("a dated report joining an event an undated report created", () => {
  it("the canonical event takes the named visitor and the host the undated report lacked", async () => {
    const store = await openStore(":memory:");
    try {
      const visit = { type: "CONSULT", quad: "verbal_cooperation" as const, score: 1, mode: "visit" };
      // the undated note only says that the United States sent someone
      const undated = "The United States sent its top diplomat to Beijing.";
      const first = await store.saveDocument(
        makeBundle({
          text: undated,
          origin: "undated.txt",
          actors: [{ id: "USA", aliases: ["United States"] }],
          events: [{ ...visit, key: "visit-undated", date: null, actors: ["USA"], evidence: undated }],
        }),
      );
      const [stored] = await store.listEvents({ doc: first.doc_id });
      assert.ok(stored);
      const dated = "Antony Blinken arrived in China on Sunday.";
      // a dated report, joining the stored event as the cross-article decision would
      const bundle = makeBundle({
        text: dated,
        origin: "dated.txt",
        published_at: "2023-06-19",
        actors: [
          { id: "antony-blinken", aliases: ["Antony Blinken"] },
          { id: "CHN", aliases: ["China"] },
        ],
        events: [
          {
            ...visit,
            key: "visit-dated",
            date: "2023-06-18",
            actors: ["antony-blinken"],
            recipients: ["CHN"],
            evidence: dated,
          },
        ],
      });
      await store.saveDocument({ ...bundle, events: bundle.events.map((e) => ({ ...e, join_event_id: stored.id })) });
      const merged = await store.getEvent(stored.id);
      assert.deepEqual(
        [merged?.actors.map((a) => a.actor_id), merged?.recipients.map((a) => a.actor_id)],
        [["antony-blinken"], ["CHN"]],
      );
      assert.equal(merged?.date, "2023-06-18");
      // the filters read the new participants too
      assert.deepEqual(
        (await store.listEvents({ actor: "antony-blinken" })).map((e) => e.id),
        [stored.id],
      );
    } finally {
      await store.close();
    }
  });
});
