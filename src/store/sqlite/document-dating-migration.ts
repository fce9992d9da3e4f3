import type { Migration } from "./migrations.js";

/**
 * An undated document's dating evidence keyed by the document's storing sequence, not its id: a
 * new document's row goes at the end of the table instead of at a random place of a tree keyed by
 * hashes, where it dirtied a half-full page of its own. Dating reads it beside the document by the
 * same sequence. Existing rows move over.
 */
export const DOCUMENT_DATING_MIGRATION: Migration = {
  version: 15,
  name: "dating evidence by storing sequence",
  up: `
    CREATE TABLE document_dating (seq INTEGER PRIMARY KEY REFERENCES documents (seq), body TEXT NOT NULL);
    INSERT INTO document_dating (seq, body)
    SELECT d.seq, e.body FROM dating_evidence e JOIN documents d ON d.doc_id = e.doc_id ORDER BY d.seq;
    DROP TABLE dating_evidence;
  `,
};

/** A new undated document's dating evidence, by its storing sequence. */
export const INSERT_DOCUMENT_DATING = "INSERT INTO document_dating (seq, body) VALUES (?, ?)";

/** Dating evidence set later, for a document stored without: by its id; no row for a document not stored. */
export const SET_DOCUMENT_DATING = `INSERT INTO document_dating (seq, body) SELECT seq, ? FROM documents WHERE doc_id = ?
  ON CONFLICT (seq) DO UPDATE SET body = excluded.body`;
