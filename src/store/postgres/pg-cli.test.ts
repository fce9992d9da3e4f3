import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { annals, tempDir } from "../../testing/cli.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";

const SAMPLES = new URL("../../../samples", import.meta.url).pathname;

// [what, arguments]: each must print the same on PostgreSQL as on SQLite after ingesting the samples.
const SAME_OUTPUT: [string, string[]][] = [
  ["events as JSON lines", ["events", "--format", "jsonl"]],
  ["the events table", ["events"]],
  ["a dyad's events", ["events", "--dyad", "CHN,USA", "--format", "jsonl"]],
  ["the timeline", ["timeline", "--format", "json"]],
  ["the markdown timeline of a dyad", ["timeline", "--dyad", "USA,CHN", "--format", "md"]],
  ["a monthly relations series", ["relations", "CHN", "USA", "--by", "month", "--format", "json"]],
  ["the actors", ["actors", "--format", "jsonl"]],
  ["a PLOVER export", ["export", "--format", "plover"]],
];

describe("the CLI on a postgres:// store", { skip: pgSkipReason() }, () => {
  const dir = tempDir("annals-pg-cli-");
  const sqlite = join(dir, "annals.db");
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    for (const target of [sqlite, db.url]) {
      const r = annals(["ingest", SAMPLES, "--db", target]);
      assert.equal(r.status, 0, r.stderr);
    }
  });
  after(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [what, args] of SAME_OUTPUT) {
    it(`prints ${what} as on SQLite`, () => {
      const lite = annals([...args, "--db", sqlite]);
      const pg = annals([...args, "--db", db.url]);
      assert.equal(lite.status, 0, lite.stderr);
      assert.equal(pg.status, 0, pg.stderr);
      assert.ok(lite.stdout.length > 50, "the samples give output");
      assert.equal(pg.stdout, lite.stdout);
    });
  }

  it("stores the samples once, whatever the store", () => {
    const again = annals(["ingest", SAMPLES, "--db", db.url]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout + again.stderr, / 0 stored, 2\d already stored/);
  });
});
