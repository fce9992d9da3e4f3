import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventRecord } from "../../model/records.js";
import { spanOf } from "../fixture-spans.js";
import type { EventFilter } from "../store.js";
import { assertEvidenceHolds, idOf, type MakeStore, seedStories, storyDocIds, withStore } from "./harness.js";
import { KEYS, storyBundles } from "./scenario.js";

/** Canonical events: merging across documents, stable ids, order, streaming. */
export function eventsContract(make: MakeStore): void {
  describe("events", () => {
    it("merges reports of one event across documents, keeping every mention", () =>
      withStore(make, async (store) => {
        await seedStories(store, ["a", "b"]);
        const docs = storyDocIds();
        const { a, b } = storyBundles();
        const call = await store.getEvent(idOf("call"));
        assert.ok(call);
        assert.equal(call.doc_count, 2);
        const said = "Qin Gang spoke by phone with US Secretary of State Antony Blinken on Sunday";
        const heard = "Antony Blinken and Qing Gang held a phone call in June";
        assert.deepEqual(call.mentions, [
          { doc_id: docs.a, sentence: 0, ...spanOf(a.document.text, said), text: said, rule: "fixture" },
          { doc_id: docs.b, sentence: 0, ...spanOf(b.document.text, heard), text: heard, rule: "fixture" },
        ]);
        assert.equal(call.date, "2023-06-18", "the more precise date of A is kept");
        assert.equal(call.date_basis, "relative");
        assert.equal(call.confidence, 0.9, "the higher confidence of B is kept");
        assert.deepEqual(call.context, ["diplomatic"]);
        assert.equal(call.mode, "phone");
        assert.deepEqual([call.actors[0]?.actor_id, call.recipients[0]?.actor_id], ["qin-gang", "antony-blinken"]);
        assert.equal(await store.countEvents(), 3);
        await assertEvidenceHolds(store, call);
      }));

    it("gives an event the same id and the better date whichever report comes first", () =>
      withStore(make, async (store) => {
        await seedStories(store, ["b", "a"]);
        const call = await store.getEvent(idOf("call"));
        assert.equal(call?.id, idOf("call"));
        assert.match(call?.id ?? "", /^ev_[0-9a-f]{12}$/);
        assert.equal(call?.date, "2023-06-18");
        assert.equal(call?.date_basis, "relative");
        assert.equal(call?.doc_count, 2);
        // mentions come by document and offset, not in the order the reports were stored
        assert.deepEqual(
          call?.mentions.map((m) => m.doc_id),
          [storyDocIds().b, storyDocIds().a].sort(),
        );
      }));

    it("fills the event ids and mention doc ids a bundle leaves empty", () =>
      withStore(make, async (store) => {
        const { doc_id } = await store.saveDocument(storyBundles().c);
        const events = await store.listEvents({ doc: doc_id });
        assert.deepEqual(
          events.map((e) => e.id),
          [idOf("meet"), idOf("accuse")],
        );
        for (const event of events) {
          assert.ok(event.mentions.every((m) => m.doc_id === doc_id));
          await assertEvidenceHolds(store, event);
        }
        assert.deepEqual(events[0]?.location, { name: "Istanbul", country: "TUR", lat: 41.01, lon: 28.98 });
      }));

    it("lists events by date, undated last, then by id", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const events = await store.listEvents();
        assert.deepEqual(
          events.map((e) => e.date),
          ["2022", "2023", "2023-06", "2023-06-18", "2023-06-18", "2023-07-01", null],
        );
        const sameDay = [idOf("call"), idOf("demand")].sort();
        const expected = [idOf("meet"), idOf("sanction"), idOf("warn"), ...sameDay, idOf("geneva"), idOf("accuse")];
        assert.deepEqual(
          events.map((e) => e.id),
          expected,
        );
        assert.deepEqual(await store.getEvent(idOf("geneva")), events[5]);
        assert.equal(await store.getEvent(`ev_${"0".repeat(12)}`), null);
        assert.equal(Object.keys(KEYS).length, events.length);
      }));

    it("lists by support (most documents, most confident, most recent) and newest first, undated last", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const all = await store.listEvents();
        const recent = (a: string | null, b: string | null) =>
          a === b ? 0 : a === null ? 1 : b === null ? -1 : b < a ? -1 : 1;
        const expected = [...all]
          .sort(
            (a, b) =>
              b.doc_count - a.doc_count ||
              b.confidence - a.confidence ||
              recent(a.date, b.date) ||
              (a.id < b.id ? -1 : 1),
          )
          .map((e) => e.id);
        const bySupport = await store.listEvents({ order: "support" });
        assert.deepEqual(
          bySupport.map((e) => e.id),
          expected,
        );
        assert.equal(bySupport[0]?.id, idOf("call"), "the call two documents report comes first");
        const newest = [...all].sort((a, b) => recent(a.date, b.date) || (a.id < b.id ? -1 : 1)).map((e) => e.id);
        assert.deepEqual(
          (await store.listEvents({ order: "-date" })).map((e) => e.id),
          newest,
        );
        assert.equal(newest.at(-1), idOf("accuse"), "undated last");
        assert.deepEqual(
          (await store.listEvents({ order: "support", limit: 2, offset: 1 })).map((e) => e.id),
          expected.slice(1, 3),
        );
        assert.deepEqual(
          (await store.listEvents({ order: "support", types: ["ACCUSE", "SANCTION"] })).map((e) => e.id),
          expected.filter((id) => id === idOf("accuse") || id === idOf("sanction")),
        );
      }));

    it("streams exactly what it lists, and can be left early", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const filters: EventFilter[] = [{}, { actor: "USA" }, { from: "2023", limit: 2, offset: 1 }, { text: "phone" }];
        for (const filter of filters) {
          const streamed: EventRecord[] = [];
          for await (const event of store.streamEvents(filter)) streamed.push(event);
          assert.deepEqual(streamed, await store.listEvents(filter), JSON.stringify(filter));
        }
        for await (const event of store.streamEvents()) {
          assert.equal(event.id, idOf("meet"));
          break;
        }
        const extra = storyBundles().a;
        extra.document = { ...extra.document, content_hash: "f".repeat(64) };
        assert.equal((await store.saveDocument(extra)).created, true, "the store is usable after a stream is left");
      }));
  });
}
