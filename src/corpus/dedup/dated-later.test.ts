import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalEvent } from "./canonical.js";
import { groupReports } from "./regroup.js";
import { person, place, report } from "./report-fixtures.js";
import type { Report } from "./reports.js";

const wadephul = person("p:johann-wadephul", "DEU");
const fidan = person("p:hakan-fidan", "TUR");
const turkey = place("TUR");

/** Each group as its sorted report keys, groups sorted: what stays together. */
const shape = (reports: Report[]) =>
  groupReports(reports)
    .map((g) => g.reports.map((r) => `${r.doc_id}:${r.ord}`).join(" "))
    .sort();

// Wadephul's visit to Ankara on 8 October, reported by two dated articles.
const visit = [
  report("doc_a", 0, { actors: [wadephul], recipients: [turkey], date: "2025-10-08", mode: "visit" }),
  report("doc_b", 0, { actors: [wadephul], recipients: [turkey], date: "2025-10-08", mode: "visit" }),
];

/** An undated article's report of a visit, with the date dating later gave it (null: none). */
const undatedVisit = (doc: string, inferred: string | null, recipients = [turkey]) =>
  report(doc, 0, { actors: [wadephul], recipients, date: null, mode: "visit", inferred, inferred_basis: "inferred" });

describe("an undated report dated later", () => {
  it("joins the dated reports of its event once dating gave it a date they fit, by month or by day", () => {
    for (const inferred of ["2025-10", "2025-10-08"]) {
      const groups = shape([...visit, undatedVisit("doc_c", inferred)]);
      assert.deepEqual(groups, ["doc_a:0 doc_b:0 doc_c:0"], inferred);
    }
  });

  it("joins whatever order the reports come in, the dated reports giving the event its date", () => {
    const all = [undatedVisit("doc_c", "2025-10"), ...visit];
    for (const order of [all, [...all].reverse(), [all[1], all[0], all[2]] as Report[]]) {
      const groups = groupReports(order);
      assert.equal(groups.length, 1);
      const e = canonicalEvent(groups[0] as never).event;
      assert.deepEqual([e.date, e.date_basis, e.doc_count], ["2025-10-08", "stated", 3]);
    }
  });

  it("joins a call dated later with the call its participants held that day, named either way round", () => {
    const calls = [
      report("doc_a", 0, { actors: [fidan], recipients: [wadephul], date: "2025-11-20", mode: "phone" }),
      report("doc_b", 0, {
        actors: [wadephul],
        recipients: [fidan],
        date: null,
        mode: "phone",
        inferred: "2025-11-20",
        inferred_basis: "inferred",
      }),
    ];
    assert.deepEqual(shape(calls), ["doc_a:0 doc_b:0"]);
  });

  it("stays apart while undated, and when dated to another month: another trip of the same minister", () => {
    assert.equal(shape([...visit, undatedVisit("doc_c", null)]).length, 2);
    assert.equal(shape([...visit, undatedVisit("doc_c", "2025-12")]).length, 2);
  });

  it("stays apart from a trip of another kind: the postponed visit is not the visit held later", () => {
    const postponed = report("doc_c", 0, {
      actors: [wadephul],
      recipients: [turkey],
      date: null,
      mode: "visit",
      event_type: "REJECT",
      inferred: "2025-10",
      inferred_basis: "inferred",
    });
    assert.equal(shape([...visit, postponed]).length, 2);
  });
});
