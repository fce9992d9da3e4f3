import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventActor } from "../../model/records.js";
import { canonicalEvent } from "./canonical.js";
import { NEAR_DATES } from "./near-dates.js";
import { groupReports } from "./regroup.js";
import { person, place, report } from "./report-fixtures.js";
import type { Report } from "./reports.js";

const lavrov = person("p:sergey-lavrov", "RUS");
const fidan = person("p:hakan-fidan", "TUR");
const erdogan = person("p:recep-erdogan", "TUR");
const turkey = place("TUR");
const kazakhstan = place("KAZ");

/** Each group as its sorted report keys, groups sorted: what stays together. */
const shape = (reports: Report[]) =>
  groupReports(reports)
    .map((g) => g.reports.map((r) => `${r.doc_id}:${r.ord}`).join(" "))
    .sort();

/** A seeded shuffle, so a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = Math.floor((state / 2 ** 32) * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// One trip, three events: Lavrov's visit to Ankara, his talks with Fidan, his meeting with Erdoğan.
const trip: Report[] = [
  report("doc_a", 0, { actors: [lavrov], recipients: [turkey], date: "2024-06-11", mode: "visit" }),
  report("doc_b", 0, { actors: [lavrov], recipients: [turkey], date: "2024-06", mode: "visit" }),
  report("doc_a", 1, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
  report("doc_c", 0, { actors: [fidan], recipients: [lavrov], date: "2024-06-11" }),
  report("doc_a", 2, { actors: [erdogan], recipients: [lavrov], date: "2024-06-11" }),
  report("doc_d", 0, { actors: [lavrov], recipients: [erdogan], date: "2024-06-11" }),
];

describe("grouping reports into events", () => {
  it("keeps apart the meetings of one trip with different people, and the visit from the talks held during it", () => {
    assert.deepEqual(shape(trip), ["doc_a:0 doc_b:0", "doc_a:1 doc_c:0", "doc_a:2 doc_d:0"]);
  });

  it("gives the same groups whatever order the reports come in", () => {
    const expected = shape(trip);
    for (const seed of [1, 7, 42, 2024, 99, 5]) assert.deepEqual(shape(shuffled(trip, seed)), expected, `seed ${seed}`);
  });

  it("lets a report naming the host country join talks with one of its ministers, not both meetings", () => {
    const vague = report("doc_e", 0, { actors: [lavrov], recipients: [turkey], date: "2024-06-11" });
    const groups = shape([...trip.slice(2), vague]);
    assert.equal(groups.length, 2);
    assert.ok(groups.some((g) => g.split(" ").length === 3 && g.includes("doc_e:0")));
  });

  it("lets a year-dated report join talks of a few days, but not link talks of more days than NEAR_DATES", () => {
    const talks = (days: number) =>
      Array.from({ length: days }, (_, i) =>
        report(`doc_${i}`, 0, {
          actors: [lavrov],
          recipients: [fidan],
          date: `2024-03-${String(i + 1).padStart(2, "0")}`,
        }),
      );
    const vague = report("doc_y", 0, { actors: [lavrov], recipients: [fidan], date: "2024" });
    const component = (reports: Report[]) => new Set(groupReports(reports).map((g) => g.component)).size;
    // a few days: the year-dated report links them into one component (and joins one group at most)
    assert.equal(component([...talks(3), vague]), 1);
    assert.equal(component(talks(3)), 3, "days apart link only through the vague one");
    // more days than it could name: every report its own component, the vague one alone
    const many = [...talks(NEAR_DATES + 1), vague];
    assert.equal(component(many), NEAR_DATES + 2);
    assert.deepEqual(shape(shuffled(many, 3)), shape(many), "whatever the order");
  });

  it("splits reports of two different days, a month-dated one joining one of them", () => {
    const calls = [
      report("doc_a", 0, { actors: [lavrov], recipients: [fidan], date: "2024-03-02", mode: "phone" }),
      report("doc_b", 0, { actors: [fidan], recipients: [lavrov], date: "2024-03-09", mode: "phone" }),
      report("doc_c", 0, { actors: [lavrov], recipients: [fidan], date: "2024-03", mode: "phone" }),
    ];
    const groups = shape(calls);
    assert.equal(groups.length, 2);
    assert.ok(!groups.some((g) => g.includes("doc_a") && g.includes("doc_b")));
  });

  it("never puts together two events one document coded apart", () => {
    const same = [
      report("doc_a", 0, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
      report("doc_a", 1, { actors: [lavrov], recipients: [turkey], date: "2024-06-11" }),
      report("doc_b", 0, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
    ];
    assert.ok(!shape(same).some((g) => g.includes("doc_a:0") && g.includes("doc_a:1")));
  });

  it("merges a report that names one more person than another of the same meeting", () => {
    const joint = [
      report("doc_a", 0, { actors: [lavrov, fidan], recipients: [], date: "2024-06-11" }),
      report("doc_b", 0, { actors: [lavrov, fidan], recipients: [erdogan], date: "2024-06-11" }),
    ];
    assert.equal(shape(joint).length, 1);
  });
});

describe("the canonical record of a group", () => {
  const names = (side: EventActor[]) => side.map((a) => a.actor_id);

  it("drops a country only one of two reports reads as a party", () => {
    const [group] = groupReports([
      report("doc_a", 0, { actors: [lavrov, fidan], recipients: [kazakhstan], date: "2024-06-11" }),
      report("doc_b", 0, { actors: [lavrov, fidan], recipients: [], date: "2024-06-11" }),
    ]);
    const e = canonicalEvent(group as never).event;
    assert.deepEqual([names(e.actors), names(e.recipients)], [["p:sergey-lavrov", "p:hakan-fidan"], []]);
  });

  it("keeps a person that half of the reports name, and a minister for the country that stood for him", () => {
    const [group] = groupReports([
      report("doc_a", 0, { actors: [lavrov], recipients: [turkey], date: "2024-06-11" }),
      report("doc_b", 0, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
    ]);
    const e = canonicalEvent(group as never).event;
    assert.deepEqual([names(e.actors), names(e.recipients)], [["p:sergey-lavrov"], ["p:hakan-fidan"]]);
  });

  it("takes the sides most reports give and the date most support, at its precision", () => {
    const [group] = groupReports([
      report("doc_a", 0, { actors: [fidan], recipients: [lavrov], date: "2024-06" }),
      report("doc_b", 0, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
      report("doc_c", 0, { actors: [lavrov], recipients: [fidan], date: "2024-06-11" }),
    ]);
    const e = canonicalEvent(group as never).event;
    assert.equal(e.date, "2024-06-11");
    assert.deepEqual(names(e.actors), ["p:sergey-lavrov"]);
    assert.equal(e.doc_count, 3);
  });
});
