import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import pg from "pg";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../testing/pg-test-db.js";
import { migratePostgres } from "./postgres/migrate.js";
import { PG_MIGRATIONS } from "./postgres/migrations.js";
import { openPostgresStore } from "./postgres/pg-store.js";
import { migrate } from "./sqlite/migrate.js";
import { MIGRATIONS } from "./sqlite/migrations.js";
import { openDatabase } from "./sqlite/open-db.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

// A store written before `dyad_dates` kept only events that happened: two CHN–USA events of one day
// in its per-date counts, one reported, one only planned. The upgrade leaves the planned one out of
// the default series; asked for every status, the series still has it.
const STEP = "dyad dates of events that happened";
const EVENTS: [string, string, string][] = [
  ["ev_aaaaaaaaaaa1", "reported", "verbal_cooperation"],
  ["ev_aaaaaaaaaaa2", "future", "material_cooperation"],
];
const INSERTS = [
  ...EVENTS.map(
    ([id, status, quad]) => `INSERT INTO events (event_id, merge_key, event_type, context, actors, recipients, date,
      date_basis, status, score, cameo, goldstein, quad, confidence)
      VALUES ('${id}', '${id}', 'CONSULT', '[]', '[]', '[]', '2023-06-19', 'stated', '${status}', 1, '040', 1, '${quad}', 0.5)`,
  ),
  ...EVENTS.flatMap(([id, , quad]) => [
    `INSERT INTO event_actors (event_id, actor_id, country, side) VALUES ('${id}', 'USA', 'USA', 'actor'),
      ('${id}', 'CHN', 'CHN', 'recipient')`,
    `INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score, countries_first)
      VALUES ('${id}', 'USA', 'USA', 'CHN', 'CHN', '2023-06-19', '${quad}', 1, true),
      ('${id}', 'CHN', 'CHN', 'USA', 'USA', '2023-06-19', '${quad}', 1, true)`,
  ]),
];

async function checkUpgraded(store: Store): Promise<void> {
  const happened = await store.relations("CHN", "USA", "day");
  assert.deepEqual(
    happened.map((p) => [p.period, p.event_ids, p.material_cooperation]),
    [["2023-06-19", ["ev_aaaaaaaaaaa1"], 0]],
  );
  const all = await store.relations("CHN", "USA", "day", { allStatuses: true });
  assert.deepEqual(
    all.map((p) => [p.period, p.event_ids, p.material_cooperation]),
    [["2023-06-19", ["ev_aaaaaaaaaaa1", "ev_aaaaaaaaaaa2"], 1]],
  );
}

describe("upgrading dyad_dates to events that happened", () => {
  const dir = mkdtempSync(join(tmpdir(), "annals-dyad-dates-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("SQLite", async () => {
    const path = join(dir, "old.db");
    const db = openDatabase(path);
    const step = MIGRATIONS.find((m) => m.name === STEP)?.version ?? 0;
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < step),
    );
    for (const sql of INSERTS) db.exec(sql.replaceAll(", true)", ", 1)"));
    db.exec(`INSERT INTO dyad_dates VALUES ('CHN', 'USA', '2023-06-19', 1, 1, 0, 0, 2, 2000000,
      'ev_aaaaaaaaaaa1,ev_aaaaaaaaaaa2')`);
    db.close();
    const store = await openSqliteStore(path);
    try {
      await checkUpgraded(store);
    } finally {
      await store.close();
    }
  });

  describe("PostgreSQL", { skip: pgSkipReason() }, () => {
    let database: TestDatabase;
    after(() => database?.drop());
    it("the same", async () => {
      database = await createTestDatabase();
      const pool = new pg.Pool({ connectionString: database.url, max: 1 });
      const client = await pool.connect();
      try {
        const step = PG_MIGRATIONS.find((m) => m.name === STEP)?.version ?? 0;
        await migratePostgres(
          client,
          PG_MIGRATIONS.filter((m) => m.version < step),
        );
        for (const sql of INSERTS) await client.query(sql);
        await client.query(`INSERT INTO dyad_dates VALUES ('CHN', 'USA', '2023-06-19', 1, 1, 0, 0, 2, 2000000,
          ARRAY['ev_aaaaaaaaaaa1', 'ev_aaaaaaaaaaa2'])`);
      } finally {
        client.release();
        await pool.end();
      }
      const store = await openPostgresStore(database.url);
      try {
        await checkUpgraded(store);
      } finally {
        await store.close();
      }
    });
  });
});
