import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import { eventId } from "../ids.js";
import type { DocumentBundle } from "../store.js";
import { type MakeStore, withStore } from "./harness.js";

const meet = { type: "CONSULT", quad: "verbal_cooperation" as const, score: 1 };
const people = [
  { id: "antony-blinken", aliases: ["Antony Blinken"] },
  { id: "qin-gang", aliases: ["Qin Gang"] },
  { id: "CHN", aliases: ["China"] },
  { id: "USA", aliases: ["United States"] },
];
const beijing = { name: "Beijing", country: "CHN", lat: null, lon: null };

/** One short article with one event, its evidence the whole text. */
function article(
  origin: string,
  text: string,
  event: { key: string; date: string | null; actors: string[]; recipients?: string[]; type?: string },
  location: typeof beijing | null = null,
): DocumentBundle {
  return makeBundle({
    text,
    origin,
    published_at: "2023-08-01",
    actors: people,
    events: [{ ...meet, ...event, location, evidence: text }],
  });
}

/** The stored events as [id, type, date, doc_count], after saving `bundles` in this order. */
async function eventsAfter(make: MakeStore, bundles: DocumentBundle[]): Promise<string[]> {
  let out: string[] = [];
  await withStore(make, async (store) => {
    for (const b of bundles) await store.saveDocument(b, { merge: true });
    out = (await store.listEvents()).map((e) => `${e.id} ${e.event_type} ${e.date} ${e.doc_count}`).sort();
  });
  return out;
}

/** Saving merged regroups reports as a function of the stored set (docs/merging.md). */
export function mergingContract(make: MakeStore): void {
  describe("cross-article merging, whatever the order", () => {
    it("lets a vague report join one of two events it links to, never chain them into one", async () => {
      const talks = article("talks.txt", "Antony Blinken met Qin Gang in Beijing on Sunday.", {
        key: "talks",
        date: "2023-06-18",
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      const sides = article("sides.txt", "China received the United States delegation on Sunday.", {
        key: "sides",
        date: "2023-06-18",
        actors: ["CHN"],
        recipients: ["USA"],
      });
      const recap = article("recap.txt", "In June Antony Blinken met Qin Gang, his first visit to China.", {
        key: "recap",
        date: "2023-06",
        actors: ["antony-blinken"],
        recipients: ["qin-gang", "CHN"],
      });
      const orders = [
        [talks, sides, recap],
        [recap, talks, sides],
        [sides, recap, talks],
      ];
      const results = [];
      for (const order of orders) results.push(await eventsAfter(make, order));
      // the recap links to both, but the two Sunday reports share no one: the recap joins the talks
      assert.deepEqual(results[0]?.map((e) => e.split(" ").slice(1).join(" ")).sort(), [
        "CONSULT 2023-06-18 1",
        "CONSULT 2023-06-18 2",
      ]);
      for (const r of results.slice(1)) assert.deepEqual(r, results[0]);
    });

    it("adds a later report to the event it reports, leaving the other event as it was", async () => {
      const june = article("june.txt", "Antony Blinken met Qin Gang in Beijing on Sunday.", {
        key: "june",
        date: "2023-06-18",
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      const july = article("july.txt", "Antony Blinken met Qin Gang in Jakarta on 13 July.", {
        key: "july",
        date: "2023-07-13",
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      const again = article("again.txt", "Qin Gang and Antony Blinken held talks on 13 July in Jakarta.", {
        key: "again",
        date: "2023-07-13",
        actors: ["qin-gang", "antony-blinken"],
      });
      const before = await eventsAfter(make, [june, july]);
      const after = await eventsAfter(make, [june, july, again]);
      assert.equal(after.length, 2);
      assert.ok(after.includes(before.find((e) => e.includes("2023-06-18")) as string), "june's event as it was");
      const julyEvent = after.find((e) => e.includes("2023-07-13")) ?? "";
      assert.match(julyEvent, / 2$/);
      // its id derives from the smallest merge key among its reports, whichever came first
      assert.equal(julyEvent.split(" ")[0], eventId("again"));
    });

    it("splits reports of different days that a vague report linked, the vague one going where it fits", async () => {
      const june = article(
        "june.txt",
        "Antony Blinken met Qin Gang in Beijing on Sunday.",
        { key: "june", date: "2023-06-18", actors: ["antony-blinken"], recipients: ["qin-gang"] },
        beijing,
      );
      const july = article("july.txt", "Antony Blinken met Qin Gang in Jakarta on 13 July.", {
        key: "july",
        date: "2023-07-13",
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      const year = article(
        "year.txt",
        "Antony Blinken met Qin Gang in Beijing this year.",
        { key: "year", date: "2023", actors: ["antony-blinken"], recipients: ["qin-gang"] },
        beijing,
      );
      const accusation = article("accuse.txt", "Antony Blinken accused Qin Gang on Sunday.", {
        key: "accuse",
        date: "2023-06-18",
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
        type: "ACCUSE",
      });
      const first = await eventsAfter(make, [june, july, year, accusation]);
      assert.deepEqual(
        first.map((e) => e.split(" ").slice(1).join(" ")).sort(),
        ["ACCUSE 2023-06-18 1", "CONSULT 2023-06-18 2", "CONSULT 2023-07-13 1"].sort(),
      );
      assert.deepEqual(await eventsAfter(make, [year, accusation, july, june]), first);
      assert.deepEqual(await eventsAfter(make, [accusation, june, year, july]), first);
    });

    it("keeps the date dating gave an undated event when another undated report of it comes", async () => {
      const first = article("first.txt", "Antony Blinken met Qin Gang in Beijing.", {
        key: "undated",
        date: null,
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      const second = article("second.txt", "Qin Gang received Antony Blinken in Beijing.", {
        key: "undated",
        date: null,
        actors: ["antony-blinken"],
        recipients: ["qin-gang"],
      });
      await withStore(make, async (store) => {
        await store.saveDocument(first, { merge: true });
        await store.setEventDate(eventId("undated"), "2023-06-18", "inferred");
        await store.saveDocument(second, { merge: true });
        const e = await store.getEvent(eventId("undated"));
        assert.deepEqual([e?.date, e?.date_basis, e?.doc_count], ["2023-06-18", "inferred", 2]);
      });
    });
  });
}
