import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canonicalEvent } from "./canonical.js";
import { groupReports } from "./regroup.js";
import { person, report } from "./report-fixtures.js";
import type { Report } from "./reports.js";

const blinken = person("p:antony-blinken", "USA");
const wang = person("p:wang-yi", "CHN");
const kishida = person("p:fumio-kishida", "JPN");

/** A report as a store reads it back: one row for `weight` copies, their documents not listed. */
const row = (r: Report, weight: number, extra: Partial<Report> = {}): Report => ({
  ...r,
  weight,
  docs: [],
  mentioned: weight,
  ...extra,
});

describe("reports read back one row a distinct text", () => {
  // Blinken and Wang Yi met in Munich; one wire coded the meeting twice, once with Blinken alone
  const talks = report("doc_wire", 0, { actors: [blinken], recipients: [wang], date: "2024-02-16" });
  const alone = report("doc_wire", 1, { actors: [blinken], recipients: [], date: "2024-02-16" });
  const later = report("doc_late", 0, { actors: [wang], recipients: [blinken], date: "2024-02-16" });

  it("keeps apart two merge keys a stored document coded side by side, though no document is listed", () => {
    const stored = [row(talks, 4, { apart: [alone.merge_key] }), row(alone, 4, { apart: [talks.merge_key] })];
    assert.equal(groupReports(stored).length, 2);
    // the same rows without the pair join: the pair is what keeps them apart
    assert.equal(groupReports([row(talks, 4), row(alone, 4)]).length, 1);
  });

  it("ignores a pair naming a merge key outside the group", () => {
    const other = report("doc_tokyo", 0, { actors: [blinken], recipients: [kishida], date: "2024-02-16" });
    const stored = [row(talks, 3, { apart: [other.merge_key] }), row(alone, 2)];
    assert.equal(groupReports(stored).length, 1);
  });

  it("counts the documents a row stands for, and a new document once", () => {
    const [group] = groupReports([row(talks, 5, { mentioned: 4 }), later]);
    assert.equal(canonicalEvent(group as never).event.doc_count, 5);
  });

  it("weighs a row as the copies it stands for when the reports disagree on the sides", () => {
    const reverse = report("doc_b", 0, { actors: [wang], recipients: [blinken], date: "2024-02-16" });
    const one = report("doc_c", 0, { actors: [blinken], recipients: [wang], date: "2024-02-16" });
    const [heavy] = groupReports([row(reverse, 3), one]);
    assert.deepEqual(
      (canonicalEvent(heavy as never).event.actors ?? []).map((a) => a.actor_id),
      ["p:wang-yi"],
    );
    const [light] = groupReports([
      row(reverse, 1),
      one,
      report("doc_d", 0, { actors: [blinken], recipients: [wang], date: "2024-02-16" }),
    ]);
    assert.deepEqual(
      canonicalEvent(light as never).event.actors.map((a) => a.actor_id),
      ["p:antony-blinken"],
    );
  });
});
