import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { makeBundle } from "../fixtures.js";
import type { RelationsPoint } from "../store.js";
import { idOf, type MakeStore, seedStories, withStore } from "./harness.js";
import { STORY_E } from "./story-statuses.js";

type Counts = [string, number, number, number, number, number];

/** [period, verbal coop, material coop, verbal conflict, material conflict, total] per point. */
function counts(points: RelationsPoint[]): Counts[] {
  return points.map((p) => [
    p.period,
    p.verbal_cooperation,
    p.material_cooperation,
    p.verbal_conflict,
    p.material_conflict,
    p.total,
  ]);
}

function assertMeans(points: RelationsPoint[], means: number[]): void {
  assert.equal(points.length, means.length);
  points.forEach((p, i) => {
    assert.ok(Math.abs(p.mean_score - (means[i] ?? Number.NaN)) < 1e-9, p.period);
  });
}

/** Cooperation/conflict series for a dyad. */
export function relationsContract(make: MakeStore): void {
  describe("relations", () => {
    it("groups a dyad's events by month, counting quad classes and averaging scores", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const months = await store.relations("CHN", "USA", "month");
        // the year-only sanction cannot be placed in a month
        assert.deepEqual(counts(months), [
          ["2023-06", 1, 0, 2, 0, 3],
          ["2023-07", 1, 0, 0, 0, 1],
        ]);
        assertMeans(months, [(1.5 - 3 - 4) / 3, 1]);
        assert.deepEqual(months[0]?.event_ids, [idOf("warn"), ...[idOf("call"), idOf("demand")].sort()]);
        assert.deepEqual(months[1]?.event_ids, [idOf("geneva")]);
        assert.deepEqual(await store.relations("USA", "CHN", "month"), months, "either direction");
      }));

    it("groups by year, including events known only to the year", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const years = await store.relations("USA", "CHN", "year");
        assert.deepEqual(counts(years), [["2023", 2, 0, 2, 1, 5]]);
        assertMeans(years, [(1.5 - 3 - 4 + 1 - 6) / 5]);
        assert.deepEqual(
          [...(years[0]?.event_ids ?? [])].sort(),
          (["call", "demand", "warn", "geneva", "sanction"] as const).map(idOf).sort(),
        );
      }));

    it("groups by ISO week and by day, only events dated to the day", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const weeks = await store.relations("CHN", "USA", "week");
        assert.deepEqual(counts(weeks), [
          ["2023-W24", 1, 0, 1, 0, 2],
          ["2023-W26", 1, 0, 0, 0, 1],
        ]);
        const days = await store.relations("CHN", "USA", "day");
        assert.deepEqual(
          days.map((d) => d.period),
          ["2023-06-18", "2023-07-01"],
        );
        assertMeans(days, [(1.5 - 3) / 2, 1]);
      }));

    it("follows an event whose date a later report or the dating makes more precise", () =>
      withStore(make, async (store) => {
        await seedStories(store, ["b", "a", "c", "d"]); // B dates the call to June only, A to the day
        const months = await store.relations("CHN", "USA", "month");
        assert.deepEqual(months[0]?.event_ids, [idOf("warn"), ...[idOf("call"), idOf("demand")].sort()]);
        await store.setEventDate(idOf("call"), "2023-07-02", "inferred");
        const moved = await store.relations("USA", "CHN", "month");
        assert.deepEqual(counts(moved), [
          ["2023-06", 0, 0, 2, 0, 2],
          ["2023-07", 2, 0, 0, 0, 2],
        ]);
        assert.deepEqual(moved[1]?.event_ids, [idOf("geneva"), idOf("call")]);
        assertMeans(moved, [(-3 - 4) / 2, (1 + 1.5) / 2]);
      }));

    it("matches people by name and alias, and keeps within a date range", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        const call = await store.relations("Blinken", "Qing Gang", "month");
        assert.deepEqual(counts(call), [["2023-06", 1, 0, 0, 0, 1]]);
        assert.deepEqual(call[0]?.event_ids, [idOf("call")]);
        const july = await store.relations("CHN", "USA", "month", { from: "2023-07-01" });
        assert.deepEqual(counts(july), [["2023-07", 1, 0, 0, 0, 1]]);
        assert.deepEqual(await store.relations("RUS", "USA", "year"), []);
      }));

    it("counts only events that happened unless asked for every status", () =>
      withStore(make, async (store) => {
        await seedStories(store);
        await store.saveDocument(makeBundle(STORY_E));
        const happened = await store.relations("CHN", "USA", "month");
        // the protest counts; the planned tariffs and the denied meeting do not
        assert.deepEqual(counts(happened), [
          ["2023-06", 1, 0, 3, 0, 4],
          ["2023-07", 1, 0, 0, 0, 1],
        ]);
        assertMeans(happened, [(1.5 - 3 - 4 - 2) / 4, 1]);
        const all = await store.relations("USA", "CHN", "month", { allStatuses: true });
        assert.deepEqual(counts(all), [
          ["2023-06", 2, 0, 3, 1, 6],
          ["2023-07", 1, 0, 0, 0, 1],
        ]);
        assert.equal(all[0]?.event_ids.length, 6);
        const days = await store.relations("CHN", "USA", "day", { from: "2023-06-20", to: "2023-06-30" });
        assert.deepEqual(counts(days), [["2023-06-20", 0, 0, 1, 0, 1]]);
        // people matched by name: the denied meeting stays out of their series too
        assert.deepEqual(counts(await store.relations("Blinken", "Qin Gang", "month")), [["2023-06", 1, 0, 0, 0, 1]]);
        const both = await store.relations("Blinken", "Qin Gang", "month", { allStatuses: true });
        assert.deepEqual(counts(both), [["2023-06", 2, 0, 0, 0, 2]]);
      }));
  });
}
