import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventActor, EventRecord } from "../../model/records.js";
import { bestDate, canonicalEvents, mostCommon } from "./canonical.js";
import { groupReports, type Report } from "./reports.js";

const person = (id: string, country: string): EventActor => ({
  actor_id: `p:${id}`,
  name: id,
  kind: "person",
  country,
  sector: null,
  role: null,
  text: id,
});
const country = (code: string): EventActor => ({ ...person(code, code), actor_id: code, kind: "country" });

const austin = person("lloyd-austin", "USA");
const dong = person("dong-jun", "CHN");
const blinken = person("antony-blinken", "USA");
const wang = person("wang-yi", "CHN");
const xi = person("xi-jinping", "CHN");

interface Spec {
  date: string | null;
  actors: EventActor[];
  recipients?: EventActor[];
  type?: string;
  rule?: string;
  place?: string;
}

/** A report of document `doc`, the `ord`-th event coded there. */
function report(doc: string, ord: number, spec: Spec): Report {
  const event: EventRecord = {
    id: "",
    event_type: spec.type ?? "CONSULT",
    mode: null,
    context: [],
    actors: spec.actors,
    recipients: spec.recipients ?? [],
    date: spec.date,
    date_end: null,
    date_basis: "stated",
    status: "reported",
    location: spec.place ? { name: spec.place, country: null, lat: null, lon: null } : null,
    score: 1,
    cameo: "040",
    goldstein: 1,
    quad: "verbal_cooperation",
    confidence: 0.8,
    doc_count: 1,
    mentions: [{ doc_id: doc, sentence: 0, start: 0, end: 10, text: "met", rule: spec.rule ?? "consult.meet.verb" }],
  };
  const ids = [...event.actors, ...event.recipients].map((a) => a.actor_id).sort();
  return {
    key: `${doc}:${ord}`,
    doc_id: doc,
    merge_key: [event.event_type, ids.join("+"), spec.date ?? ""].join("|"),
    event,
  };
}

/** Every order of a short list. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

const keys = (reports: Report[]) => groupReports(reports).map((g) => g.reports.map((r) => r.key));

describe("grouping reports into events", () => {
  it("merges two events that a later report links both to, in every order", () => {
    // Blinken meets Wang Yi; a talk where only Xi is resolved; a round-up naming all three that month
    const a = report("d1", 0, { date: "2024-04-26", actors: [blinken], recipients: [wang] });
    const c = report("d3", 0, { date: "2024-04-26", actors: [xi] });
    const b = report("d2", 0, { date: "2024-04", actors: [blinken], recipients: [xi, wang] });
    for (const order of permutations([a, b, c])) assert.deepEqual(keys(order), [["d1:0", "d2:0", "d3:0"]]);
    assert.deepEqual(keys([a, c]), [["d1:0"], ["d3:0"]], "no shared actor: apart until a report links them");
  });

  it("splits a linked group whose reports name different days, the vaguer report going where it fits best", () => {
    const shangriLa = report("d1", 0, { date: "2024-05-31", actors: [austin], recipients: [dong], place: "Singapore" });
    const videoCall = report("d2", 0, { date: "2024-04-16", actors: [austin], recipients: [dong] });
    const thisYear = report("d3", 0, { date: "2024", actors: [austin], recipients: [dong], place: "Singapore" });
    for (const order of permutations([shangriLa, videoCall, thisYear]))
      assert.deepEqual(keys(order).sort(), [["d1:0", "d3:0"], ["d2:0"]]);
  });

  it("keeps apart reports of another type, and distinct events of one document", () => {
    const meet = report("d1", 0, { date: "2024-04-26", actors: [blinken], recipients: [wang] });
    const accuse = report("d2", 0, { date: "2024-04-26", actors: [blinken], recipients: [wang], type: "ACCUSE" });
    const second = report("d1", 1, { date: "2024-04-26", actors: [blinken], recipients: [xi] });
    assert.deepEqual(keys([meet, accuse, second]), [["d1:0"], ["d1:1"], ["d2:0"]]);
  });
});

describe("canonical events of report groups", () => {
  it("takes the best-supported date, finer on a tie of support, earlier on a full tie", () => {
    assert.equal(bestDate(["2023-06", "2023-06-18", null]), "2023-06-18");
    assert.equal(bestDate(["2023-06-19", "2023-06-18"]), "2023-06-18");
    assert.equal(bestDate(["2023-06-18", "2023-06-19", "2023-06-19"]), "2023-06-19");
    assert.equal(mostCommon(["Beijing", "Hanoi", null, "Hanoi"]), "Hanoi");
    assert.equal(mostCommon(["Hanoi", "Beijing"]), "Beijing");
  });

  it("computes the same event, id included, whatever order its reports came in", () => {
    const vague = report("d1", 0, { date: "2023-06", actors: [country("USA")], recipients: [country("CHN")] });
    const named = report("d2", 0, { date: "2023-06-18", actors: [blinken], recipients: [wang], place: "Beijing" });
    const other = report("d3", 0, { date: "2023-06-18", actors: [blinken], recipients: [country("CHN")] });
    const results = permutations([vague, named, other]).map((order) => canonicalEvents(groupReports(order)));
    for (const r of results) assert.deepEqual(r, results[0]);
    const [event] = results[0] ?? [];
    assert.equal(event?.event.date, "2023-06-18");
    assert.deepEqual(
      event?.event.actors.map((a) => a.actor_id),
      ["p:antony-blinken"],
    );
    assert.deepEqual(
      event?.event.recipients.map((a) => a.actor_id),
      ["p:wang-yi"],
    );
    assert.equal(event?.event.location?.name, "Beijing");
    assert.equal(event?.merge_key, [vague, named, other].map((r) => r.merge_key).sort()[0]);
  });
});
