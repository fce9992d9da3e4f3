import type { Database, Statement } from "better-sqlite3";
import type { DocumentBundle, EventFilter, EventJoiner, SaveResult } from "../store.js";
import type { EventQueries } from "./event-queries.js";
import { createRegrouper } from "./regroup.js";

const lookups = new WeakMap<Database, Statement<[string], { doc_id: string }>>();
const regroupers = new WeakMap<Database, ReturnType<typeof createRegrouper>>();

/** The regrouping step of `db`, its statements prepared once. */
function regrouperOf(db: Database): ReturnType<typeof createRegrouper> {
  let regroup = regroupers.get(db);
  if (!regroup) {
    regroup = createRegrouper(db);
    regroupers.set(db, regroup);
  }
  return regroup;
}

/** The prepared content-hash look-up of `db`, prepared once. */
function docByHash(db: Database): Statement<[string], { doc_id: string }> {
  let statement = lookups.get(db);
  if (!statement) {
    statement = db.prepare<[string], { doc_id: string }>("SELECT doc_id FROM documents WHERE content_hash = ?");
    lookups.set(db, statement);
  }
  return statement;
}

/**
 * Saves a document whose events are joined inside the write transaction: BEGIN IMMEDIATE takes the
 * write lock first, so no other process commits between the joiner's look-ups and the write; the
 * document itself is written by `save`, nested as a savepoint. The caller queues writes of this
 * process (write-queue.ts) so none enters the transaction while the joiner runs. The joiner's choice
 * is where each report is written first; the regrouping step (regroup.ts) then makes the events
 * touched a function of the set of stored reports, whatever order they came in.
 */
export async function saveJoined(
  db: Database,
  events: EventQueries,
  save: (bundle: DocumentBundle) => SaveResult,
  bundle: DocumentBundle,
  join: EventJoiner,
): Promise<SaveResult> {
  const stored = docByHash(db);
  const run = async (): Promise<SaveResult> => {
    const existing = stored.get(bundle.document.content_hash);
    if (existing) return { doc_id: existing.doc_id, created: false };
    const joined = await join(bundle.events, async (filter: EventFilter) => events.list(filter));
    const saved = save({ ...bundle, events: joined });
    if (saved.created) regrouperOf(db)(saved.doc_id, joined);
    return saved;
  };
  // inside a batch (write-batch.ts) the batch's transaction already holds the write lock, the join
  // only reads, and `save` is atomic on its own (a savepoint): nothing more to open
  if (db.inTransaction) return run();
  db.exec("BEGIN IMMEDIATE");
  try {
    const result = await run();
    db.exec("COMMIT");
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}
