import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ingest } from "../corpus/ingest.js";
import type { EventRecord } from "../model/records.js";
import { openStore } from "../store/open.js";
import type { EventFilter, Store } from "../store/store.js";
import { byDateDescending, newestFirst, oldestFirst, tighter } from "./newest-first.js";
import { SAMPLES } from "./test-fixture.js";

let store: Store;
before(async () => {
  store = await openStore(":memory:");
  await ingest(store, [SAMPLES]);
});
after(() => store.close());

describe("tighter", () => {
  const cases: [string, string | undefined, "from" | "to", string][] = [
    ["2023", undefined, "from", "2023"],
    ["2023", "2023-06", "from", "2023-06"],
    ["2023-06", "2023", "to", "2023-06"],
    ["2024", "2023-06-15", "from", "2024"],
    ["2024", "2023-06-15", "to", "2023-06-15"],
    ["2023-01", "2023-06-15", "from", "2023-06-15"],
  ];
  for (const [a, b, side, expected] of cases) {
    test(`${side}: ${a} and ${b} → ${expected}`, () => assert.equal(tighter(a, b, side), expected));
  }
});

describe("reading newest first agrees with sorting everything", () => {
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
      const expected = (await store.listEvents(filter)).filter(keep).sort(byDateDescending);
      assert.ok(expected.length > 0);
      for (const need of [1, 7, 40, expected.length + 5]) {
        const got = await newestFirst(store, filter, keep, need);
        assert.deepEqual(
          got.slice(0, need).map((e) => e.id),
          expected.slice(0, need).map((e) => e.id),
          `need ${need}`,
        );
      }
      const ascending = await oldestFirst(store, filter, keep, 10_000);
      assert.deepEqual(
        ascending.map((e) => e.id),
        (await store.listEvents(filter)).filter(keep).map((e) => e.id),
      );
    });
  }

  test("the samples hold year-only, month-only and undated events, so the cases above mean something", async () => {
    const dates = (await store.listEvents({})).map((e) => e.date);
    assert.ok(dates.some((d) => d?.length === 4));
    assert.ok(dates.some((d) => d === null));
  });
});
