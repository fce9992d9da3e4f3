import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { country, eventRecord, mentionIn, person } from "../../testing/events.js";
import { CSV_COLUMNS, csvHeader, toCsvRow } from "./csv.js";

describe("CSV export", () => {
  it("has a header with one column per field", () => {
    assert.equal(csvHeader().split(",").length, CSV_COLUMNS.length);
    assert.match(csvHeader(), /^id,date,date_end,date_basis,event_type,mode,context,status,actor_names,/);
    assert.match(csvHeader(), /,doc_count,doc_ids,text$/);
  });

  it("joins lists with ; and keeps participants' columns aligned", () => {
    const row = toCsvRow(
      eventRecord({
        id: "ev_1",
        date: "2023-06",
        date_basis: "relative",
        context: ["economic", "military"],
        actors: [person("a", "Ann", null), country("USA", "United States")],
        recipients: [person("w", "Wang Yi", "CHN")],
        location: { name: "Beijing", country: "CHN", lat: 39.9, lon: 116.4 },
        mentions: [mentionIn("doc_a", "Ann met Wang."), mentionIn("doc_b"), mentionIn("doc_a")],
        doc_count: 2,
      }),
    );
    assert.equal(
      row,
      "ev_1,2023-06,,relative,CONSULT,,economic;military,reported,Ann;United States,;USA,GOV;GOV," +
        "Wang Yi,CHN,GOV,Beijing,CHN,39.9,116.4,1,040,1,verbal_cooperation,0.8,2,doc_a;doc_b,Ann met Wang.",
    );
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    const row = toCsvRow(
      eventRecord({ id: "ev_2", date: "2023", mentions: [mentionIn("d", 'He said "no",\nthen left.')] }),
    );
    assert.ok(row.endsWith(',d,"He said ""no"",\nthen left."'), row);
    assert.ok(row.startsWith("ev_2,2023,,unknown,"), row);
  });
});
