import type { Database } from "better-sqlite3";
import { documentId } from "../ids.js";
import type { DocumentBundle, SaveResult } from "../store.js";
import { type DocumentRows, packedDocumentRows } from "./document-rows.js";
import { createRegrouper } from "./regroup.js";
import { saveActors } from "./save-actors.js";
import { saveEvents } from "./save-events.js";
import { prepareWrites, type WriteStatements } from "./write-statements.js";

/**
 * Builds the write path of a store: `save(bundle)` stores one analysed document in ONE immediate
 * transaction. IMMEDIATE takes the write lock at BEGIN, so two processes writing the same file
 * queue on `busy_timeout` instead of deadlocking on a lock upgrade; a crash rolls the whole
 * document back. A content hash already stored returns `{created: false}` and writes nothing.
 * Inside an open transaction the document is a savepoint of it, unless `savepoint` is false: then
 * the caller rolls the whole transaction back if the save throws (a savepoint costs about a tenth
 * of a save). With `merge`, the events are merged across articles by regrouping reports
 * (regroup.ts), whatever order documents come in; without, by merge key alone. `rows` writes the
 * document's own row, layers and dating evidence: this schema's, unless a test builds an older store.
 */
export function createDocumentWriter(
  db: Database,
  now: () => string,
  rows: (db: Database) => DocumentRows = packedDocumentRows,
): (bundle: DocumentBundle, savepoint?: boolean, merge?: boolean) => SaveResult {
  const s = prepareWrites(db);
  const insertDocument = rows(db);
  let regroup: ReturnType<typeof createRegrouper> | null = null; // prepared at the first merged save
  const write = (bundle: DocumentBundle, merge: boolean): SaveResult => {
    const existing = s.docIdByHash.get(bundle.document.content_hash);
    if (existing) return { doc_id: existing.doc_id, created: false };
    const docId = allocateDocId(s, bundle.document.content_hash);
    insertDocument(bundle, docId, now());
    saveActors(s, bundle.actors, docId);
    if (merge) {
      regroup ??= createRegrouper(db);
      regroup(docId, bundle.events);
    } else saveEvents(s, bundle.events, docId);
    return { doc_id: docId, created: true };
  };
  const save = db.transaction(write);
  return (bundle, savepoint = true, merge = false) =>
    savepoint || !db.inTransaction ? save.immediate(bundle, merge) : write(bundle, merge);
}

/** `doc_` + 12 hex of the hash; lengthened in the rare case another hash already owns that prefix. */
function allocateDocId(s: WriteStatements, contentHash: string): string {
  for (let length = 12; length < 40; length += 4) {
    const candidate = documentId(contentHash, length);
    if (!s.docIdTaken.get(candidate)) return candidate;
  }
  throw new Error(`no free document id for content hash ${contentHash}`);
}
