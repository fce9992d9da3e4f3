import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { eventId } from "../ids.js";
import type { DocumentBundle, Store } from "../store.js";
import { type MakeStore, withStore } from "./harness.js";

const people = [
  { id: "penny-wong", aliases: ["Penny Wong"] },
  { id: "IDN", aliases: ["Indonesia", "Jakarta"] },
];

/** An article on Penny Wong calling off a trip to Jakarta: `key` its merge key, `date` null when undated. */
function postponed(origin: string, text: string, key: string, date: string | null): DocumentBundle {
  return makeBundle({
    text,
    origin,
    published_at: date ? `${date.slice(0, 7)}-28` : null,
    actors: people,
    events: [
      {
        key,
        type: "REJECT",
        quad: "verbal_conflict",
        score: -4,
        date,
        mode: "visit",
        actors: ["penny-wong"],
        recipients: ["IDN"],
        evidence: text,
      },
    ],
  });
}

const dated = [
  postponed("a.txt", "Penny Wong postponed her trip to Jakarta on Tuesday.", "wong-jakarta-0311", "2025-03-11"),
  postponed("b.txt", "Penny Wong called off a visit to Indonesia on Tuesday.", "wong-jakarta-0311", "2025-03-11"),
];
const undated = postponed("c.txt", "Penny Wong put off her visit to Jakarta.", "wong-jakarta-undated", null);

/** Saves `before`, the undated article dated to `month` by dating, then `after`; the events as lines. */
async function afterDating(store: Store, before: DocumentBundle[], month: string, after: DocumentBundle[]) {
  for (const b of before) await store.saveDocument(b, { merge: true });
  await store.saveDocument(undated, { merge: true });
  const id = eventId("wong-jakarta-undated");
  await store.setEventDate(id, month, "inferred");
  await store.regroupDated([id]);
  for (const b of after) await store.saveDocument(b, { merge: true });
  const events = await store.listEvents({ limit: 100 });
  return events.map((e) => `${e.id} ${e.date} ${e.date_basis} ${e.doc_count} ${e.mentions.length}`).sort();
}

/** An undated report dated by dating joins the dated reports of its event (docs/merging.md). */
export function datedLaterContract(make: MakeStore): void {
  describe("an undated report dated later", () => {
    it("joins the dated reports of its event, whether they were saved before or after it was dated", async () => {
      const joined = [`${eventId("wong-jakarta-0311")} 2025-03-11 stated 3 3`];
      await withStore(make, async (store) => {
        assert.deepEqual(await afterDating(store, dated, "2025-03", []), joined, "dated first");
        await store.regroupDated([eventId("wong-jakarta-undated"), eventId("wong-jakarta-0311")]);
        assert.equal((await store.listEvents()).length, 1, "a second regroup changes nothing");
      });
      await withStore(make, async (store) => {
        assert.deepEqual(await afterDating(store, [], "2025-03", dated), joined, "dated later");
      });
    });

    it("stays apart when dated to another month: another trip called off", async () => {
      await withStore(make, async (store) => {
        const lines = await afterDating(store, dated, "2025-05", []);
        assert.equal(lines.length, 2);
        assert.ok(lines.includes(`${eventId("wong-jakarta-undated")} 2025-05 inferred 1 1`), lines.join("\n"));
      });
    });
  });
}
