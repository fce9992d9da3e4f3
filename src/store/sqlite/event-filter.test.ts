import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seedStories } from "../contract/harness.js";
import { makeBundle } from "../fixtures.js";
import { eventWhere } from "./event-filter.js";
import { migrate } from "./migrate.js";
import { openDatabase } from "./open-db.js";
import { openSqliteStore } from "./sqlite-store.js";

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe("sqlite event filter", () => {
  it("finds an actor's events within a date window as the actor and the window do apart", async () => {
    const store = await openSqliteStore(":memory:");
    try {
      await seedStories(store);
      // a talk a few days off, and one in another month, both with a country participant
      for (const [day, origin] of [
        ["2023-06-21", "later.txt"],
        ["2023-07-30", "july.txt"],
      ] as const) {
        await store.saveDocument(
          makeBundle({
            origin,
            text: `China and the United States held talks on ${day}.`,
            actors: [
              { id: "CHN", aliases: ["China"] },
              { id: "USA", aliases: ["United States"] },
            ],
            events: [
              {
                key: `talks|${day}`,
                type: "CONSULT",
                quad: "verbal_cooperation",
                score: 1,
                date: day,
                actors: ["CHN"],
                recipients: ["USA"],
                evidence: "China and the United States held talks",
              },
            ],
          }),
        );
      }
      for (const actor of ["CHN", "qin-gang", "Qing Gang", "usa"]) {
        for (const [from, to] of [
          ["2023-06-16", "2023-06-22"],
          ["2023-06", "2023-06"],
          ["2023", "2023-07-29"],
        ] as const) {
          const both = ids(await store.listEvents({ actor, from, to }));
          const window = new Set(ids(await store.listEvents({ from, to })));
          const expected = ids(await store.listEvents({ actor })).filter((id) => window.has(id));
          assert.deepEqual(both, expected, `${actor} ${from}…${to}`);
        }
      }
      assert.ok((await store.listEvents({ actor: "CHN", from: "2023-06-16", to: "2023-06-22" })).length >= 2);
    } finally {
      await store.close();
    }
  });

  it("checks the actor per event of a date window, but gathers an actor's events first without one", () => {
    const db = openDatabase(":memory:");
    migrate(db);
    const plan = (filter: Parameters<typeof eventWhere>[0]) => {
      const where = eventWhere(filter, (q) => q);
      return db
        .prepare(`EXPLAIN QUERY PLAN SELECT e.event_id FROM events e ${where.sql}`)
        .all(where.params)
        .map((row) => (row as { detail: string }).detail)
        .join("\n");
    };
    assert.match(plan({ actor: "GBR", from: "2005-03-01", to: "2005-03-05" }), /event_actors_event/);
    assert.doesNotMatch(plan({ actor: "GBR", from: "2005-03-01" }), /event_actors_event/);
    assert.doesNotMatch(plan({ actor: "GBR" }), /event_actors_event/);
    db.close();
  });
});
