import type pg from "pg";
import { PG_MIGRATIONS, type PgMigration } from "./migrations.js";

/** Advisory lock key (any fixed number) that serialises schema changes across processes. */
const MIGRATION_LOCK = 0x616e6e61;

/** The newest schema version this build knows. */
export const PG_LATEST = Math.max(...PG_MIGRATIONS.map((m) => m.version));

/**
 * Brings the database up to the newest migration and returns its version. Each step runs in its
 * own transaction under an advisory lock and re-reads the version inside it, so processes opening
 * the same new database together apply every step exactly once. A database at a version newer than
 * `migrations` knows is refused before anything is touched.
 *
 * @example await migratePostgres(client) // 6 on a fresh database, the same on every later open
 */
export async function migratePostgres(
  client: pg.PoolClient,
  migrations: readonly PgMigration[] = PG_MIGRATIONS,
): Promise<number> {
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  for (const step of [{ version: 0, name: "", up: "" }, ...[...migrations].sort((a, b) => a.version - b.version)]) {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const version = await pgSchemaVersion(client);
      if (version > latest)
        throw new Error(`store is at schema version ${version}, newer than this build knows (${latest})`);
      if (step.version > version) {
        await client.query(step.up);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [step.version, step.name]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  }
  return pgSchemaVersion(client);
}

/** The highest migration recorded, 0 for a database no migration has touched. */
export async function pgSchemaVersion(db: Pick<pg.Pool, "query">): Promise<number> {
  const result = await db.query<{ version: number | null }>("SELECT max(version) AS version FROM schema_migrations");
  return result.rows[0]?.version ?? 0;
}
