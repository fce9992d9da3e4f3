import type pg from "pg";

/**
 * The job queue's own schema, versioned apart from the store's (its version lives in
 * `queue_schema`), so it can be added to any PostgreSQL database, the store's included, and grow
 * later without touching the store's migrations. Each entry runs once, in order.
 */
export const QUEUE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS queue_jobs (
     job_id        bigserial PRIMARY KEY,
     content_hash  text NOT NULL UNIQUE,
     origin        text NOT NULL,
     text          text NOT NULL,
     title         text,
     source        text,
     url           text,
     external_id   text,
     published_at  text,
     date_source   text,
     format        text NOT NULL,
     state         text NOT NULL DEFAULT 'queued'
                   CHECK (state IN ('queued', 'running', 'analysed', 'done', 'failed')),
     attempts      integer NOT NULL DEFAULT 0,
     lease_until   timestamptz,
     worker_id     text,
     last_error    text,
     bundle        json,
     doc_id        text,
     enqueued_at   timestamptz NOT NULL DEFAULT now(),
     started_at    timestamptz,
     finished_at   timestamptz
   );
   CREATE INDEX IF NOT EXISTS queue_jobs_open ON queue_jobs (job_id) WHERE state IN ('queued', 'running', 'analysed');
   CREATE INDEX IF NOT EXISTS queue_jobs_leases ON queue_jobs (lease_until) WHERE state = 'running';
   CREATE INDEX IF NOT EXISTS queue_jobs_waiting ON queue_jobs (job_id) WHERE state = 'analysed';
   CREATE TABLE IF NOT EXISTS queue_dating (
     id   integer PRIMARY KEY CHECK (id = 1),
     due  boolean NOT NULL
   );
   INSERT INTO queue_dating (id, due) VALUES (1, false) ON CONFLICT DO NOTHING;`,
];

/** Arbitrary fixed key of the advisory lock that serialises concurrent migrations of the queue. */
const MIGRATION_LOCK = 7_340_211;

/**
 * Brings the queue schema up to date inside one transaction; concurrent workers starting together
 * wait on an advisory lock, so each step runs once. Returns the queue's schema version.
 */
export async function migrateQueue(client: pg.PoolClient): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS queue_schema (version integer NOT NULL)");
    const row = await client.query<{ version: number }>("SELECT max(version) AS version FROM queue_schema");
    let version = row.rows[0]?.version ?? 0;
    for (; version < QUEUE_MIGRATIONS.length; version++) {
      await client.query(QUEUE_MIGRATIONS[version] as string);
      await client.query("INSERT INTO queue_schema (version) VALUES ($1)", [version + 1]);
    }
    await client.query("COMMIT");
    return version;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
