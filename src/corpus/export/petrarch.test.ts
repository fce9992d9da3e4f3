import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventActor } from "../../model/records.js";
import { country, eventRecord, mentionIn, person } from "../../testing/events.js";
import { cameoActorCode, PETRARCH_FIELDS, petrarchDate, toPetrarchRows } from "./petrarch.js";

const mil = (id: string, c: string): EventActor => ({ ...person(id, id, c), sector: "MIL" });
const DOC = { doc_id: "doc_a", url: "https://x.test/a", source: "Wire", title: null, language: "en", ingested_at: "" };

describe("PETRARCH export", () => {
  it("writes dates as YYYYMMDD at every precision", () => {
    assert.deepEqual(["2023-06-18", "2023-06", "2023", null].map(petrarchDate), [
      "20230618",
      "20230601",
      "20230101",
      null,
    ]);
  });

  it("builds CAMEO actor codes from country and sector, --- for an unknown country", () => {
    assert.equal(cameoActorCode(person("b", "Blinken", "USA")), "USAGOV");
    assert.equal(cameoActorCode(mil("pla", "CHN")), "CHNMIL");
    assert.equal(cameoActorCode({ ...person("x", "X", null), sector: "REB" }), "---REB");
    assert.equal(cameoActorCode({ ...country("RUS", "Russia"), sector: null }), "RUS");
  });

  it("writes one 8-field line per actor × recipient pair in PETRARCH's column order", () => {
    const rows = toPetrarchRows(
      eventRecord({
        date: "2023-06-18",
        cameo: "190",
        context: ["military", "territory"],
        actors: [mil("pla", "CHN"), person("wang", "Wang", "CHN")],
        recipients: [country("TWN", "Taiwan"), person("tsai", "Tsai", "TWN")],
        mentions: [{ ...mentionIn("doc_a"), sentence: 3 }, mentionIn("doc_b")],
      }),
      DOC,
    );
    assert.deepEqual(rows, [
      "20230618\tCHNMIL\tTWNGOV\t190\tmilitary,1;territory,1\tdoc_a_3;doc_b_0\thttps://x.test/a\tWire",
      "20230618\tCHNGOV\tTWNGOV\t190\tmilitary,1;territory,1\tdoc_a_3;doc_b_0\thttps://x.test/a\tWire",
    ]);
    for (const r of rows) assert.equal(r.split("\t").length, PETRARCH_FIELDS.length);
  });

  it("writes an empty url and NULL source without a document, and no tabs inside fields", () => {
    const [row] = toPetrarchRows(
      eventRecord({
        date: "2024",
        actors: [person("a", "A", "USA")],
        recipients: [person("b", "B", "CHN")],
        mentions: [mentionIn("doc\tx")],
      }),
    );
    assert.equal(row, "20240101\tUSAGOV\tCHNGOV\t040\t\tdoc x_0\t\tNULL");
  });

  it("writes PETRARCH's NULL story source for a stored document that names no source, or a blank one", () => {
    const event = eventRecord({
      date: "2021-03-18",
      actors: [person("a", "A", "USA")],
      recipients: [person("b", "B", "CHN")],
      mentions: [mentionIn("doc_a")],
    });
    const lastField = (source: string | null) =>
      toPetrarchRows(event, { ...DOC, source })[0]
        ?.split("\t")
        .at(-1);
    assert.equal(lastField(null), "NULL");
    assert.equal(lastField(" \t "), "NULL");
    assert.equal(lastField(" Harbour Post "), "Harbour Post");
  });

  it("leaves out undated events, and events missing a side unless keepMonads", () => {
    const dyad = { actors: [person("a", "A", "USA")], recipients: [person("b", "B", "CHN")] };
    assert.deepEqual(toPetrarchRows(eventRecord({ ...dyad, date: null })), []);
    const monad = eventRecord({ date: "2023-01-02", actors: [person("a", "A", "USA")] });
    assert.deepEqual(toPetrarchRows(monad), []);
    const [row] = toPetrarchRows(monad, null, { keepMonads: true });
    assert.equal(row?.split("\t").slice(0, 4).join(" "), "20230102 USAGOV --- 040");
    assert.deepEqual(toPetrarchRows(eventRecord({ date: "2023" }), null, { keepMonads: true }), []);
  });
});
