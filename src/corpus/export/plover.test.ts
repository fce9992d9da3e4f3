import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { country, eventRecord, mentionIn, person } from "../../testing/events.js";
import { toPlover } from "./plover.js";

const TALKS = eventRecord({
  id: "ev_1",
  event_type: "CONSULT",
  mode: "visit",
  context: ["economic"],
  actors: [person("antony-blinken", "Antony Blinken", "USA", "Secretary of State")],
  recipients: [country("CHN", "China")],
  date: "2023-06-18",
  date_basis: "stated",
  location: { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.4 },
  score: 1.5,
  quad: "verbal_cooperation",
  mentions: [mentionIn("doc_a"), { ...mentionIn("doc_b", "Blinken visited Beijing."), sentence: 2 }],
  doc_count: 2,
});
const DOC = {
  doc_id: "doc_a",
  url: "https://example.org/a",
  source: "Wire",
  title: "Talks",
  language: "en",
  ingested_at: "2024-01-02T03:04:05Z",
};

describe("PLOVER export", () => {
  it("writes the manual's fields in its order, then annals' own", () => {
    const keys = Object.keys(toPlover(TALKS));
    assert.deepEqual(keys, [
      ...["id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "event_loc"],
      ...["event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info", "cite_info"],
      ...["coder", "coded_date", "coded_time", "comment"],
      ...["status", "date_basis", "cameo", "goldstein", "confidence", "doc_count", "doc_ids"],
    ]);
  });

  it("codes entities, location, quad and evidence with the manual's names", () => {
    const p = toPlover(TALKS, DOC);
    assert.deepEqual(p.actor, [
      {
        code: "USA",
        sector: "GOV",
        entity_text: "Antony Blinken",
        identifier_id: "antony-blinken",
        identifier_text: "Antony Blinken",
        religion: null,
        ethnicity: null,
        office: "Secretary of State",
        gender: null,
        age: null,
      },
    ]);
    assert.equal((p.recipient as { code: string }[])[0]?.code, "CHN");
    assert.deepEqual(p.event, ["CONSULT"]);
    assert.equal(p.quad_code, 1);
    assert.equal(p.event_scale, 1.5);
    assert.deepEqual(p.mode, ["visit"]);
    assert.deepEqual(p.context, ["economic"]);
    assert.deepEqual(p.event_text, ["Wang Yi met Antony Blinken.", "Blinken visited Beijing."]);
    assert.deepEqual(p.text_info, { sequence: 0, start: 0, end: 27, text_story: null });
    assert.equal((p.event_loc as { country_code: string }).country_code, "CHN");
    assert.equal((p.event_loc as { lat: number }).lat, 39.9);
    const cite = p.cite_info as Record<string, unknown>;
    assert.equal(cite.url, "https://example.org/a");
    assert.equal(cite.publication, "Wire");
    assert.equal(p.coded_date, "2024-01-02");
    assert.deepEqual(p.doc_ids, ["doc_a", "doc_b"]);
    assert.equal(p.text, null);
  });

  it("keeps each date precision and writes null where annals has no value", () => {
    for (const date of ["2023-06-18", "2023-06", "2023", null]) {
      assert.equal(toPlover(eventRecord({ date })).date, date);
    }
    const bare = toPlover(eventRecord({ quad: "material_conflict" }));
    for (const field of ["mode", "context", "event_loc", "text_info", "cite_info", "enddate", "time", "link"]) {
      assert.equal(bare[field], null, field);
    }
    assert.equal(bare.quad_code, 4);
    assert.deepEqual(bare.recipient, []);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(bare)));
  });
});
