import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import pg from "pg";
import { createTestDatabase, pgSkipReason } from "./pg-test-db.js";

describe("PostgreSQL test cluster", { skip: pgSkipReason() }, () => {
  const dropped: Array<() => Promise<void>> = [];
  after(async () => {
    for (const drop of dropped) await drop();
  });

  it("gives each caller its own empty database on one server", async () => {
    const a = await createTestDatabase();
    const b = await createTestDatabase();
    dropped.push(a.drop, b.drop);
    assert.notEqual(a.url, b.url);
    for (const url of [a.url, b.url]) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const r = await client.query(
        "SELECT current_database() AS name, count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
      );
      await client.end();
      assert.equal(r.rows[0].name, new URL(url).pathname.slice(1));
      assert.equal(r.rows[0].n, 0);
    }
  });
});
