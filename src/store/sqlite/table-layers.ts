import type { Database, Statement } from "better-sqlite3";
import { documentRow } from "../rows.js";
import type { DocumentRows } from "./document-rows.js";
import { migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { createDocumentWriter } from "./save-document.js";

/**
 * The document row, layers and dating evidence as stores before schema step 14 wrote them: one row
 * per sentence, mention and message, the evidence by document id (from step 12). Only for building
 * older stores that later steps are tested on.
 */
export function tableDocumentRows(db: Database): DocumentRows {
  const insertDocument = db.prepare<[Record<string, unknown>]>(`INSERT INTO documents (doc_id, content_hash, origin,
      title, source, url, external_id, published_at, date_source, format, language, text, ingested_at, event_count)
    VALUES (@doc_id, @content_hash, @origin, @title, @source, @url, @external_id, @published_at, @date_source,
      @format, @language, @text, @ingested_at, @event_count)`);
  const insertSentence = db.prepare<[string, number, number, number]>(
    `INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?, ?, ?, ?)`,
  );
  const insertMention = db.prepare<[string, number, number, number, string, string, string | null, string | null]>(
    `INSERT INTO mentions (doc_id, ord, start, "end", text, type, actor_id, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMessage = db.prepare<[string, number, string, string, string, number, number]>(
    `INSERT INTO messages (doc_id, ord, stage, rule, reason, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let dating: Statement<[string, string]> | null = null;
  return (bundle, docId, ingestedAt) => {
    insertDocument.run(documentRow(docId, bundle, ingestedAt));
    if (bundle.dating && bundle.document.published_at === null) {
      dating ??= db.prepare<[string, string]>("INSERT INTO dating_evidence (doc_id, body) VALUES (?, ?)");
      dating.run(docId, JSON.stringify(bundle.dating));
    }
    for (const s of bundle.sentences) insertSentence.run(docId, s.index, s.start, s.end);
    bundle.mentions.forEach((m, ord) => {
      insertMention.run(docId, ord, m.start, m.end, m.text, m.type, m.actor_id ?? null, m.rule ?? null);
    });
    bundle.messages.forEach((m, ord) => {
      insertMessage.run(docId, ord, m.stage, m.rule, m.reason, m.start, m.end);
    });
  };
}

type OlderWriter = ReturnType<typeof createDocumentWriter>;

/**
 * An older store at `path` for a migration test: the schema up to the step before `step` (`version`,
 * the last step applied) and a writer of documents as that schema wrote them, on a fixed clock.
 */
export function openOlderStore(path: string, step: number): { db: Database; version: number; save: OlderWriter } {
  const db = openDatabase(path);
  const version = migrate(
    db,
    MIGRATIONS.filter((m) => m.version < step),
  );
  const save = createDocumentWriter(db, () => "2020-01-01T00:00:00.000Z", tableDocumentRows);
  return { db, version, save };
}
