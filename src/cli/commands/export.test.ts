import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { saveBulkEvents } from "../../corpus/export/bulk-fixture.js";
import { CSV_COLUMNS } from "../../corpus/export/csv.js";
import { PETRARCH_FIELDS } from "../../corpus/export/petrarch.js";
import { openStore } from "../../store/open.js";
import { annals, annalsAsync, tempDir } from "../../testing/cli.js";

/** Two short invented articles ingested into a fresh store; returns the store's path. */
function twoArticleStore(): string {
  const dir = tempDir("annals-export-");
  writeFileSync(
    join(dir, "a.txt"),
    "date 2023-06-19\ntitle: Blinken in Beijing\n\nUS Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday, the State Department said.",
  );
  writeFileSync(
    join(dir, "b.txt"),
    'date 2024-04-17\n\nChinese Defense Minister Dong Jun held a video call with US Defense Secretary Lloyd Austin on Tuesday. China criticized the US over "provocations", Dong said.',
  );
  const db = join(tempDir("annals-export-db-"), "store.db");
  assert.equal(annals(["ingest", dir, "--db", db, "--quiet"]).status, 0);
  return db;
}

const lines = (s: string) => s.split("\n").filter((l) => l !== "");

describe("annals export", () => {
  const db = twoArticleStore();
  const count = lines(annals(["events", "--db", db, "--format", "jsonl"]).stdout).length;

  it("writes one parseable PLOVER JSON object per event (the default format)", () => {
    const r = annals(["export", "--db", db]);
    assert.equal(r.status, 0, r.stderr);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    assert.ok(count >= 2, `only ${count} events`);
    assert.equal(records.length, count);
    for (const p of records) {
      for (const field of ["id", "date", "actor", "recipient", "event", "quad_code", "event_text"]) {
        assert.ok(field in p, field);
      }
      assert.ok(Array.isArray(p.event) && typeof p.event[0] === "string");
    }
  });

  it("writes CSV with the header and one row per event", () => {
    const r = annals(["export", "--db", db, "--format", "csv"]);
    assert.equal(r.status, 0, r.stderr);
    const rows = lines(r.stdout);
    assert.equal(rows[0], CSV_COLUMNS.join(","));
    assert.equal(rows.length, count + 1);
  });

  it("writes PETRARCH lines of 8 tab-separated fields with 8-digit dates and CAMEO codes", () => {
    const r = annals(["export", "--db", db, "--format", "petrarch"]);
    assert.equal(r.status, 0, r.stderr);
    const rows = lines(r.stdout).map((l) => l.split("\t"));
    assert.ok(rows.length >= 2);
    for (const f of rows) {
      assert.equal(f.length, PETRARCH_FIELDS.length, f.join("|"));
      assert.match(f[0] ?? "", /^\d{8}$/);
      assert.match(`${f[1]} ${f[2]}`, /^[A-Z-]{3}[A-Z]* [A-Z-]{3}[A-Z]*$/);
      assert.match(f[3] ?? "", /^\d{2,4}$/);
    }
    assert.ok(rows.some((f) => f[1] === "USAGOV" && f[2] === "CHNGOV"));
  });

  it("prints its help, takes the events filters and rejects an unknown format", () => {
    const help = annals(["export", "--help"]);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /usage: annals export --format plover\|csv\|petrarch/);
    const r = annals(["export", "--db", db, "--format", "csv", "--type", "ACCUSE"]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(
      lines(r.stdout)
        .slice(1)
        .every((l) => l.includes(",ACCUSE,")),
    );
    const bad = annals(["export", "--db", db, "--format", "xml"]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /--format must be one of plover, csv, petrarch/);
  });

  it("streams a large store and ends quietly when the reader stops (| head)", async () => {
    const big = join(tempDir("annals-export-big-"), "big.db");
    const store = await openStore(big);
    await saveBulkEvents(store, 3000);
    await store.close();
    const child = annalsAsync(["export", "--db", big, "--format", "plover"]);
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    const first = await new Promise<string>((resolve) => child.stdout.once("data", (c) => resolve(String(c))));
    JSON.parse(first.split("\n")[0] ?? "");
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    assert.equal(stderr, "");
  });
});
