import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ingest } from "../corpus/ingest.js";
import type { EventRecord } from "../model/records.js";
import { openStore } from "../store/open.js";
import type { EventFilter, Store } from "../store/store.js";
import { byDateDescending, firstKept } from "./store-order.js";
import { SAMPLES } from "./test-fixture.js";

let store: Store;
before(async () => {
  store = await openStore(":memory:");
  await ingest(store, [SAMPLES]);
});
after(() => store.close());

describe("paging in the store's order agrees with sorting everything", () => {
  const filters: [string, EventFilter, (e: EventRecord) => boolean][] = [
    ["everything", {}, () => true],
    ["a dyad", { dyad: ["CHN", "USA"] }, () => true],
    ["a range inside months", { from: "2023-02-05", to: "2023-06-18" }, () => true],
    ["a year range (year-only dates included)", { from: "2018", to: "2021" }, () => true],
    ["reported only", {}, (e) => e.status === "reported"],
    ["future and negated", { actor: "USA" }, (e) => e.status === "future" || e.status === "negated"],
  ];
  for (const [name, filter, keep] of filters) {
    test(name, async () => {
      const all = (await store.listEvents(filter)).filter(keep);
      const expected = [...all].sort(byDateDescending);
      assert.ok(expected.length > 0);
      for (const need of [1, 7, 40, expected.length + 5]) {
        const got = await firstKept(store, { ...filter, order: "-date" }, keep, need);
        assert.deepEqual(
          got.slice(0, need).map((e) => e.id),
          expected.slice(0, need).map((e) => e.id),
          `need ${need}`,
        );
      }
      const ascending = await firstKept(store, filter, keep, 10_000);
      assert.deepEqual(
        ascending.map((e) => e.id),
        all.map((e) => e.id),
      );
    });
  }

  test("the samples hold year-only, month-only and undated events, so the cases above mean something", async () => {
    const dates = (await store.listEvents({})).map((e) => e.date);
    assert.ok(dates.some((d) => d?.length === 4));
    assert.ok(dates.some((d) => d?.length === 7));
    assert.ok(dates.some((d) => d === null));
  });
});
