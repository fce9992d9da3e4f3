import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import pg from "pg";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";
import { storyBundles } from "../contract/scenario.js";
import { migratePostgres } from "./migrate.js";
import { PG_MIGRATIONS } from "./migrations.js";
import { openPostgresStore } from "./pg-store.js";

const LATEST = PG_MIGRATIONS.at(-1)?.version ?? 0;

/** Runs `body` on one plain connection to `url`. */
async function withClient<T>(url: string, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  try {
    return await body(client);
  } finally {
    client.release();
    await pool.end();
  }
}

describe("postgres migrations", { skip: pgSkipReason() }, () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const db of databases) await db.drop();
  });
  const fresh = async () => {
    const db = await createTestDatabase();
    databases.push(db);
    return db.url;
  };

  it("builds the whole schema once, however many processes open a new database together", async () => {
    const url = await fresh();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
    for (const store of stores) assert.equal(await store.schemaVersion(), LATEST);
    await Promise.all(stores.map((s) => s.close()));
    const steps = await withClient(
      url,
      async (c) => (await c.query("SELECT version, name FROM schema_migrations ORDER BY version")).rows,
    );
    assert.deepEqual(
      steps,
      PG_MIGRATIONS.map(({ version, name }) => ({ version, name })),
    );
  });

  it("upgrades an older store, filling the dyad pairs of the events it held", async () => {
    const url = await fresh();
    const dyads = PG_MIGRATIONS.find((m) => m.name === "dyads")?.version ?? 0;
    const before = PG_MIGRATIONS.filter((m) => m.version < dyads);
    assert.equal(await withClient(url, (c) => migratePostgres(c, before)), dyads - 1);
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO events (event_id, merge_key, event_type, context, actors, recipients, date, date_basis,
          status, score, cameo, goldstein, quad, confidence)
        VALUES ('ev_0ld0ld0ld0ld', 'old', 'CONSULT', '[]', '[]', '[]', '2020-05-04', 'stated', 'reported', 1, '040', 1,
          'verbal_cooperation', 0.5)`);
      await c.query(`INSERT INTO event_actors (event_id, actor_id, country, side)
        VALUES ('ev_0ld0ld0ld0ld', 'CHN', 'CHN', 'actor'), ('ev_0ld0ld0ld0ld', 'USA', 'USA', 'recipient')`);
    });
    const store = await openPostgresStore(url);
    try {
      assert.equal(await store.schemaVersion(), LATEST);
      const series = await store.relations("USA", "CHN", "month");
      assert.deepEqual(
        series.map((p) => [p.period, p.event_ids]),
        [["2020-05", ["ev_0ld0ld0ld0ld"]]],
      );
      assert.equal((await store.saveDocument(storyBundles().a)).created, true);
      assert.equal(await store.countEvents(), 3);
    } finally {
      await store.close();
    }
  });

  it("moves each role's evidence array into rows of its own, in order", async () => {
    const url = await fresh();
    const step = PG_MIGRATIONS.find((m) => m.name === "role evidence")?.version ?? 0;
    await withClient(url, (c) =>
      migratePostgres(
        c,
        PG_MIGRATIONS.filter((m) => m.version < step),
      ),
    );
    const old = [
      { doc_id: "doc_bbbbbbbbbbbb", start: 40, end: 72, date: "2021-03-01", tense: "current" },
      { doc_id: "doc_aaaaaaaaaaaa", start: 3, end: 30 },
    ];
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO actors (actor_id, name, name_norm, kind, mention_count)
        VALUES ('p:kristalina-georgieva', 'Kristalina Georgieva', 'kristalina georgieva', 'person', 2)`);
      await c.query(
        `INSERT INTO roles (actor_id, title, organization, basis, evidence)
         VALUES ('p:kristalina-georgieva', 'Managing Director', 'International Monetary Fund', 'text', $1)`,
        [JSON.stringify(old)],
      );
    });
    const store = await openPostgresStore(url);
    try {
      assert.equal(await store.schemaVersion(), LATEST);
      assert.deepEqual((await store.findActor("p:kristalina-georgieva"))?.roles[0]?.evidence, old);
    } finally {
      await store.close();
    }
  });

  it("refuses a store written by a newer build, touching nothing", async () => {
    const url = await fresh();
    await (await openPostgresStore(url)).close();
    await withClient(url, (c) =>
      c.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", [LATEST + 1]),
    );
    await assert.rejects(openPostgresStore(url), /newer than this build knows/);
  });
});
