import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { EventFilter, Store } from "../store.js";
import { idOf, type MakeStore, seedStories, sortedIds, storyDocIds } from "./harness.js";
import type { KEYS } from "./scenario.js";

type Key = keyof typeof KEYS;

const ALL: Key[] = ["call", "demand", "warn", "meet", "accuse", "geneva", "sanction"];
const QIN: Key[] = ["call", "demand", "warn"];
const CHN_USA: Key[] = ["call", "demand", "warn", "geneva", "sanction"];

/** [behaviour, filter, the events it selects] over the four stories. */
const CASES: [string, EventFilter, Key[]][] = [
  ["no filter selects every event", {}, ALL],
  ["actor by id", { actor: "qin-gang" }, QIN],
  ["actor by misspelt alias, any case", { actor: "qing GANG" }, QIN],
  ["actor by name, accents ignored", { actor: "Qín Gang" }, QIN],
  ["actor by country code, either side", { actor: "USA" }, CHN_USA],
  ["actor by lower-case country code", { actor: "ukr" }, ["meet", "accuse"]],
  ["actor nobody knows", { actor: "Nobody" }, []],
  ["dyad of countries", { dyad: ["CHN", "USA"] }, CHN_USA],
  ["dyad the other way round", { dyad: ["USA", "CHN"] }, CHN_USA],
  ["dyad of people by id and alias", { dyad: ["qin-gang", "Blinken"] }, ["call"]],
  ["dyad of people reversed", { dyad: ["Antony Blinken", "Qin"] }, ["call"]],
  ["dyad with no common event", { dyad: ["RUS", "USA"] }, []],
  ["one type", { types: ["CONSULT"] }, ["call"]],
  ["several types, any case", { types: ["demand", "THREATEN"] }, ["demand", "warn"]],
  ["a month: month and year events overlap it", { from: "2023-06-01", to: "2023-06-30" }, [...QIN, "sanction"]],
  ["from a day: earlier days excluded", { from: "2023-06-19" }, ["warn", "geneva", "sanction"]],
  ["to a year", { to: "2022" }, ["meet"]],
  ["from and to a partial month", { from: "2023-07", to: "2023-07" }, ["geneva", "sanction"]],
  ["to a day inside a month-only event", { to: "2023-06-17" }, ["meet", "sanction", "warn"]],
  ["events of one document", { doc: storyDocIds().b }, ["call", "warn"]],
  ["full text of the documents", { text: "Istanbul" }, ["meet", "accuse"]],
  ["full text matching two documents", { text: "phone" }, QIN],
  ["full text with broken syntax", { text: '"phone' }, QIN],
  ["filters combine", { actor: "USA", types: ["MEET"], from: "2023-07-01" }, ["geneva"]],
];

/** Every EventFilter field, alone and combined, plus paging. */
export function filtersContract(make: MakeStore): void {
  describe("event filters", () => {
    let store: Store;
    before(async () => {
      store = await make();
      await seedStories(store);
    });
    after(() => store.close());

    for (const [behaviour, filter, keys] of CASES) {
      it(behaviour, async () => {
        assert.deepEqual(sortedIds(await store.listEvents(filter)), sortedIds(keys.map(idOf)));
      });
    }

    it("pages in date order with limit and offset", async () => {
      const page = await store.listEvents({ limit: 2, offset: 1 });
      assert.deepEqual(
        page.map((e) => e.id),
        [idOf("sanction"), idOf("warn")],
      );
      assert.deepEqual(
        (await store.listEvents({ actor: "UKR", limit: 1 })).map((e) => e.id),
        [idOf("meet")],
      );
    });

    it("refuses a malformed date bound", async () => {
      await assert.rejects(store.listEvents({ from: "June 2023" }));
      await assert.rejects(store.listEvents({ to: "2023-6-1" }));
    });
  });
}
