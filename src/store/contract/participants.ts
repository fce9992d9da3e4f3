import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { type MakeStore, withStore } from "./harness.js";

/**
 * A later report of an event an undated report created, under the same merge key (a plain save merges
 * by merge key alone): the canonical event takes its better participants.
 */
export function participantsContract(make: MakeStore): void {
  describe("participants of a merged event", () => {
    it("the canonical event takes the named visitor and the host the undated report lacked", () =>
      withStore(make, async (store) => {
        const visit = { type: "CONSULT", quad: "verbal_cooperation" as const, score: 1, mode: "visit" };
        // the undated note only says that the United States sent someone
        const undated = "The United States sent its top diplomat to Beijing.";
        const first = await store.saveDocument(
          makeBundle({
            text: undated,
            origin: "undated.txt",
            actors: [{ id: "USA", aliases: ["United States"] }],
            events: [{ ...visit, key: "visit", date: null, actors: ["USA"], evidence: undated }],
          }),
        );
        const [stored] = await store.listEvents({ doc: first.doc_id });
        assert.ok(stored);
        const dated = "Antony Blinken arrived in China on Sunday.";
        // a dated report of the same visit, under the merge key the caller gave the first
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
              key: "visit",
              date: "2023-06-18",
              actors: ["antony-blinken"],
              recipients: ["CHN"],
              evidence: dated,
            },
          ],
        });
        await store.saveDocument(bundle);
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
        // and so do the dyad filter and the relations series, which read the dyad tables
        assert.deepEqual(
          (await store.listEvents({ dyad: ["USA", "CHN"] })).map((e) => e.id),
          [stored.id],
        );
        const series = await store.relations("USA", "CHN", "month");
        assert.deepEqual(
          series.map((p) => [p.period, p.total, p.event_ids]),
          [["2023-06", 1, [stored.id]]],
        );
      }));
  });
}
