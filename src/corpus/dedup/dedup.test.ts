import assert from "node:assert/strict";
import { test } from "node:test";
import { eventRecord, mentionIn, person } from "../../testing/events.js";
import { benchDedup } from "./bench.js";
import { blockCandidates } from "./block.js";
import { addEvent, canonicalDate, clusterEvents } from "./cluster.js";
import { decideSame } from "./decide.js";
import type { EventFeatures } from "./features.js";
import { featuresOf } from "./reports.js";

function ev(id: string, over: Partial<EventFeatures>): EventFeatures {
  return {
    id,
    docId: `doc-${id}`,
    type: "CONSULT",
    lemma: "meet",
    participants: ["USA", "CHN"],
    countries: ["USA", "CHN"],
    date: "2023-06-18",
    location: null,
    triggerWords: ["met"],
    ...over,
  };
}

const cases: [string, EventFeatures, EventFeatures, boolean][] = [
  ["same meeting, day vs month precision", ev("a", {}), ev("b", { date: "2023-06", lemma: "talk" }), true],
  ["same meeting, one undated", ev("a", {}), ev("b", { date: null }), true],
  ["same actors, different day", ev("a", {}), ev("b", { date: "2023-06-19" }), false],
  ["different type family", ev("a", {}), ev("b", { type: "ASSAULT", lemma: "attack" }), false],
  ["disjoint partial dates", ev("a", { date: "2023-06" }), ev("b", { date: "2023-07" }), false],
  ["same lemma, disjoint actors", ev("a", {}), ev("b", { participants: ["RUS"], countries: ["RUS"] }), false],
  [
    "unresolved person, shared country",
    ev("a", {}),
    ev("b", { participants: ["person:wang"], countries: ["CHN"] }),
    true,
  ],
];

for (const [name, a, b, same] of cases) {
  test(`decideSame: ${name}`, () => {
    const d = decideSame(a, b);
    assert.equal(d.same, same, d.reasons.join("; "));
    assert.equal(decideSame(b, a).same, same, "symmetric");
  });
}

test("blockCandidates pairs only events sharing a key within the date window", () => {
  const fs = [ev("a", {}), ev("b", { date: "2023-06-19" }), ev("c", { date: "2024-01-01" }), ev("d", { type: "X" })];
  assert.deepEqual(blockCandidates(fs), [[0, 1]]);
});

test("clusterEvents: chain A~B~C where A and C conflict is split", () => {
  const a = ev("a", { date: "2023-06-18" });
  const b = ev("b", { date: "2023-06" });
  const c = ev("c", { date: "2023-06-20" });
  const d = ev("d", { date: "2023-06-18", lemma: "talk" });
  const { clusters } = clusterEvents([a, b, c, d]);
  const parts = [...clusters.values()].map((x) => x.members.sort()).sort();
  assert.equal(parts.length, 2);
  assert.ok(parts.some((p) => p.includes(0) && p.includes(3)));
  assert.ok(parts.some((p) => p.includes(2) && !p.includes(0)));
});

test("clusterEvents: canonical date is the best supported, then the most precise", () => {
  const c = clusterEvents([ev("a", { date: "2023-06" }), ev("b", { date: "2023-06-18" }), ev("c", { date: null })]);
  assert.equal(c.clusters.size, 1);
  assert.equal(c.clusters.get(0)?.date, "2023-06-18");
  assert.equal(canonicalDate(["2023", "2023-05-01", "2023-06-02", "2023-06"]), "2023-06-02");
});

test("addEvent joins the best-matching cluster or starts a new one", () => {
  const c = clusterEvents([ev("a", {}), ev("x", { type: "ASSAULT", lemma: "attack", date: "2023-01-02" })]);
  assert.equal(addEvent(c, ev("b", { date: "2023-06" })), c.clusterOf[0]);
  assert.equal(addEvent(c, ev("c", { date: "2023-06-19" })), 2);
  assert.equal(c.clusters.size, 3);
  assert.equal(c.clusters.get(c.clusterOf[0] as number)?.members.length, 2);
});

test("benchDedup clusters synthetic events (smoke run, no timing assertion)", () => {
  const lines: string[] = [];
  const r = benchDedup(2000, (l) => lines.push(l));
  assert.equal(r.n, 2000);
  assert.ok(r.clusters > 0 && r.clusters < 2000);
  assert.match(lines[0] ?? "", /2000 events/);
});

test("featuresOf reads a coded event as the decision sees its report, under the event's own id", () => {
  const talks = eventRecord({
    id: "ev_talks",
    date: "2021-03-18",
    status: "future",
    actors: [person("antony-blinken", "Antony Blinken", "USA")],
    recipients: [{ ...person("", "Yang Jiechi", "CHN"), actor_id: "" }],
    location: { name: "Anchorage", country: "USA", lat: 61.2, lon: -149.9 },
    mentions: [{ ...mentionIn("doc_a"), rule: "consult.talk.noun+args.with" }],
  });
  const f = featuresOf(talks);
  assert.equal(f.id, "ev_talks");
  assert.equal(f.type, "CONSULT:future", "a meeting still to come is compared with others to come only");
  assert.equal(f.lemma, "consult.talk", "the trigger concept, whatever the rule's form");
  assert.deepEqual(f.participants, ["antony-blinken", "yang jiechi"], "an unresolved participant by its name");
  assert.deepEqual([f.countries, f.location], [["CHN", "USA"], "Anchorage"]);
  assert.equal(featuresOf({ ...talks, status: "reported" }).type, "CONSULT");
});
