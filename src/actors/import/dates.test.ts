import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateRange, isoDate } from "./dates.js";

describe("TABARI dates", () => {
  it("reads two-digit years 00–30 as 2000s and 31–99 as 1900s, and eight-digit dates as written", () => {
    const cases: [string, string][] = [
      ["770101", "1977-01-01"],
      ["120812", "2012-08-12"],
      ["000101", "2000-01-01"],
      ["300630", "2030-06-30"],
      ["310101", "1931-01-01"],
      ["991231", "1999-12-31"],
      ["19270101", "1927-01-01"],
      ["20130408", "2013-04-08"],
    ];
    for (const [input, expected] of cases) assert.deepEqual(isoDate(input), { ok: true, value: expected }, input);
  });

  it("rejects dates of other lengths and dates not on the calendar", () => {
    for (const input of ["2004017", "201005011", "1920030320", "770230", "771301", "77010"]) {
      assert.equal(isoDate(input).ok, false, input);
    }
  });

  it("reads ranges, open starts and open ends, spaces allowed", () => {
    const cases: [string, string | null, string | null][] = [
      ["770101-120812", "1977-01-01", "2012-08-12"],
      ["19950601 - 19990815", "1995-06-01", "1999-08-15"],
      [">140608", "2014-06-08", null],
      ["> 140608", "2014-06-08", null],
      ["<950601", null, "1995-06-01"],
      ["< 950601", null, "1995-06-01"],
      ["", null, null],
    ];
    for (const [spec, start, end] of cases) assert.deepEqual(dateRange(spec), { ok: true, start, end }, spec);
  });

  it("explains what is wrong with a bad restriction", () => {
    const cases: [string, RegExp][] = [
      ["20121207-20120802", /ends before it starts/],
      ["20121204", /not A-B, >A or <B/],
      ["9008223-911221", /neither YYMMDD nor YYYYMMDD/],
    ];
    for (const [spec, reason] of cases) {
      const r = dateRange(spec);
      assert.equal(r.ok, false, spec);
      if (!r.ok) assert.match(r.reason, reason);
    }
  });
});
