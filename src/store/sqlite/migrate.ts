import type { Database } from "better-sqlite3";
import { MIGRATIONS, type Migration } from "./migrations.js";

/**
 * Brings a database up to the newest migration and returns the version it is at. Each step runs
 * in its own IMMEDIATE transaction and re-reads the version inside it, so two processes opening
 * the same new file apply every step exactly once.
 *
 * @example migrate(db) // 3 on a fresh database, the same on every later open
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, now = isoNow): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  )`);
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (currentVersion(db) >= step.version) return;
      db.exec(step.up);
      record.run(step.version, step.name, now());
    });
    apply.immediate();
  }
  return currentVersion(db);
}

/** The highest migration recorded, 0 for a database no migration has touched. */
export function currentVersion(db: Database): number {
  const row = db.prepare("SELECT max(version) AS version FROM schema_migrations").get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

function isoNow(): string {
  return new Date().toISOString();
}
