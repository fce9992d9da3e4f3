import type { Database } from "better-sqlite3";
import type { DocumentBundle, EventFilter, EventJoiner, SaveResult } from "../store.js";
import type { EventQueries } from "./event-queries.js";

/**
 * Saves a document whose events are joined inside the write transaction: BEGIN IMMEDIATE takes the
 * write lock first, so no other process commits between the joiner's look-ups and the write; the
 * document itself is written by `save`, nested as a savepoint. The caller queues writes of this
 * process (write-queue.ts) so none enters the transaction while the joiner runs.
 */
export async function saveJoined(
  db: Database,
  events: EventQueries,
  save: (bundle: DocumentBundle) => SaveResult,
  bundle: DocumentBundle,
  join: EventJoiner,
): Promise<SaveResult> {
  const stored = db.prepare<[string], { doc_id: string }>("SELECT doc_id FROM documents WHERE content_hash = ?");
  // inside a batch (write-batch.ts) the batch's transaction already holds the write lock
  const nested = db.inTransaction;
  db.exec(nested ? "SAVEPOINT save_joined" : "BEGIN IMMEDIATE");
  try {
    const existing = stored.get(bundle.document.content_hash);
    const result = existing
      ? { doc_id: existing.doc_id, created: false }
      : save({ ...bundle, events: await join(bundle.events, async (filter: EventFilter) => events.list(filter)) });
    db.exec(nested ? "RELEASE save_joined" : "COMMIT");
    return result;
  } catch (error) {
    if (nested) db.exec("ROLLBACK TO save_joined; RELEASE save_joined");
    else if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}
