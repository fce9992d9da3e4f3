import type { MessageRecord } from "../../model/records.js";
import { type UndatedDocument, undatedDocument } from "../dating-store.js";
import type { DocumentFilter, MentionRow, SentenceRow, StoredDocument } from "../store.js";
import { type Queryable, rows } from "./sql.js";
import { TS_QUERY, textQueryParams } from "./text-query.js";

const DOCUMENT_COLUMNS = `d.doc_id, d.content_hash, d.origin, d.title, d.source, d.url, d.external_id,
  d.published_at, d.date_source, d.format, d.language, d.text, d.ingested_at, d.event_count`;

/**
 * Reads stored documents and the layers saved with them. Lists go by publication date, undated
 * last, then origin; `text` is a full-text query over title and text (text-query.ts).
 */
export function createDocumentQueries(db: Queryable) {
  return {
    async has(hash: string): Promise<boolean> {
      return (await rows(db, "SELECT 1 FROM documents WHERE content_hash = @hash", { hash })).length > 0;
    },
    async get(docId: string): Promise<StoredDocument | null> {
      const [doc] = await rows<StoredDocument>(
        db,
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.doc_id = @docId`,
        {
          docId,
        },
      );
      return doc ?? null;
    },
    list(filter: DocumentFilter): Promise<StoredDocument[]> {
      const text = filter.text !== undefined && filter.text.trim() !== "" ? filter.text : null;
      const where = text === null ? "" : `WHERE d.fts @@ ${TS_QUERY}`;
      return rows<StoredDocument>(
        db,
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d ${where}
         ORDER BY d.published_at, d.origin, d.doc_id LIMIT @limit OFFSET @offset`,
        { limit: filter.limit ?? null, offset: filter.offset ?? 0, ...(text === null ? {} : textQueryParams(text)) },
      );
    },
    /** See DatingStore.listUndated: the cursor is the id of the page's last document. */
    async undated(
      cursor: string | null,
      limit: number,
    ): Promise<{ documents: UndatedDocument[]; next: string | null }> {
      const found = await rows<{ doc_id: string; body: string | null; from: string | null; to: string | null }>(
        db,
        `SELECT d.doc_id, e.body, d.inferred_from AS "from", d.inferred_to AS "to"
         FROM documents d LEFT JOIN dating_evidence e ON e.doc_id = d.doc_id
         WHERE d.published_at IS NULL AND (@cursor::text IS NULL OR d.doc_id > @cursor) ORDER BY d.doc_id LIMIT @limit`,
        { cursor, limit },
      );
      const documents = found.map((row) => undatedDocument(row.doc_id, row.body, row.from, row.to));
      return { documents, next: found.length === limit ? (found[found.length - 1]?.doc_id ?? null) : null };
    },
    async count(): Promise<number> {
      const [row] = await rows<{ n: number }>(db, "SELECT count(*)::int AS n FROM documents");
      return row?.n ?? 0;
    },
    sentences: (docId: string) =>
      rows<SentenceRow>(db, `SELECT idx AS "index", start, "end" FROM sentences WHERE doc_id = @docId ORDER BY idx`, {
        docId,
      }),
    mentions: (docId: string) =>
      rows<MentionRow>(
        db,
        `SELECT start, "end", text, type, actor_id, rule FROM mentions WHERE doc_id = @docId ORDER BY ord`,
        { docId },
      ),
    messages: (docId: string) =>
      rows<MessageRecord>(
        db,
        `SELECT stage, rule, reason, start, "end" FROM messages WHERE doc_id = @docId ORDER BY ord`,
        { docId },
      ),
  };
}
