import assert from "node:assert/strict";
import { test } from "node:test";
import { entityMention } from "../doc/layers.js";
import { loadTriggers } from "../ontology/triggers.js";
import { runEntities } from "../stages/entities/expect-entities.js";
import { buildTriggerIndex } from "../stages/events/trigger-index.js";
import { freshReport, storedReport } from "../store/regroup-plan.js";
import { packed } from "./packed.js";
import { recordWith, redated, withRuleSuffix } from "./record-with.js";
import type { EventRecord } from "./records.js";

// Records of one role keep one field list and order (docs/performance.md): these tests fail when a
// constructor drops, adds or reorders a field, or a copy stops matching the spread it replaced.

const RECORD: EventRecord = {
  id: "e1",
  event_type: "CONSULT",
  mode: "visit",
  context: [],
  actors: [],
  recipients: [],
  date: "2024-03-05",
  date_end: null,
  date_basis: "stated",
  status: "reported",
  location: null,
  score: 1,
  cameo: "042",
  goldstein: 1.9,
  quad: "verbal_cooperation",
  confidence: 0.8,
  doc_count: 1,
  mentions: [
    { doc_id: "d1", sentence: 2, start: 40, end: 90, text: "The envoy arrived in Hanoi.", rule: "consult.visit.verb" },
  ],
};

test("recordWith writes the same JSON as the spread it replaces", () => {
  const changes = { confidence: 0.6, location: null, cameo: "040" };
  assert.equal(JSON.stringify(recordWith(RECORD, changes)), JSON.stringify({ ...RECORD, ...changes }));
  assert.equal(JSON.stringify(recordWith(RECORD)), JSON.stringify(RECORD));
});

test("redated changes the date fields and suffixes every mention's rule, nothing else", () => {
  const when = { date: "2024-03-04", date_end: "2024-03-06", date_basis: "stated" as const };
  const expected = { ...RECORD, ...when, mentions: [{ ...RECORD.mentions[0], rule: "consult.visit.verb+since-when" }] };
  assert.equal(JSON.stringify(redated(RECORD, when, "since-when")), JSON.stringify(expected));
  assert.equal(withRuleSuffix(RECORD.mentions[0] as EventRecord["mentions"][number], "x").rule, "consult.visit.verb+x");
});

test("entityMention keeps the layer's fields in the layer's order, and no others", () => {
  const candidate = { priority: 3, rule: "r", title: null, country: "VNM", actorId: "VNM", type: "GPE" as const };
  const copy = entityMention({ ...candidate, text: "Vietnam", end: 7, start: 0 });
  assert.deepEqual(Object.keys(copy), ["start", "end", "text", "type", "actorId", "country", "title", "rule"]);
});

test("every mention of the entities layer has the same field order, whichever finder made it", () => {
  const doc = runEntities(
    "Foreign Minister Penny Wong met Vietnam's Prime Minister Pham Minh Chinh in Hanoi. Wong said Australia would help.",
  );
  const entities = doc.get("entities");
  assert.ok(new Set(entities.map((e) => e.rule.split(".")[1])).size >= 2, "mentions of several finders");
  for (const e of entities) assert.deepEqual(Object.keys(e), Object.keys(entities[0] ?? {}), e.text);
});

test("a fresh report has the fields of a stored one, in the same order, unset", () => {
  const event = { rule: "consult.meet.verb", has_mentions: true } as unknown as Parameters<typeof freshReport>[3];
  const fresh = freshReport("d2", 0, "k", event);
  const stored = storedReport(
    {
      id: 7,
      event_id: "e",
      component: "c",
      merge_key: "k",
      report: "{}",
      weight: 2,
      doc_id: "d1",
      ord: 0,
      mentioned: 1,
    },
    new Map(),
  );
  assert.deepEqual(Object.keys(fresh), Object.keys(stored));
  assert.equal(fresh.weight ?? 1, 1);
  assert.equal(fresh.docs ?? null, null);
});

test("trigger rows are indexed with every field, in one order", () => {
  const index = buildTriggerIndex(loadTriggers());
  const keys = new Set<string>();
  for (const forms of index.byFirst.values()) for (const f of forms) keys.add(Object.keys(f.row).join(","));
  assert.equal(keys.size, 1, [...keys].join("\n"));
});

test("packed copies (or maps, with the index) into a new array", () => {
  const items = ["a", "b", "c"];
  const copy = packed(items);
  assert.notEqual(copy, items);
  assert.deepEqual(copy, items);
  assert.deepEqual(
    packed(items, (s, i) => `${i}${s}`),
    ["0a", "1b", "2c"],
  );
  assert.deepEqual(packed([]), []);
});
