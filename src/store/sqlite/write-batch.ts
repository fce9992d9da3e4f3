import type { Database } from "better-sqlite3";

/**
 * Groups the writes of `write` in one IMMEDIATE transaction on `db`. Inside it each document's
 * own transaction becomes a savepoint (better-sqlite3 nests that way), so a failed document rolls
 * back alone while the batch goes on; the batch commits once. The write lock is held while `write`
 * awaits: keep batches short. Nested calls join the batch already open.
 */
export async function writeBatch<T>(db: Database, write: () => Promise<T>): Promise<T> {
  if (db.inTransaction) return write();
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = await write();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}
