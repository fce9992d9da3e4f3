import type { Database } from "better-sqlite3";
import type { MessageRecord } from "../../model/records.js";
import { type UndatedDocument, undatedDocument } from "../dating-store.js";
import { unpackMentions, unpackMessages, unpackSentences } from "../packed-layers.js";
import type { DocumentFilter, MentionRow, SentenceRow, StoredDocument } from "../store.js";
import type { StatementCache } from "./statement-cache.js";

const DOCUMENT_COLUMNS = `d.doc_id, d.content_hash, d.origin, d.title, d.source, d.url, d.external_id,
  d.published_at, d.date_source, d.format, d.language, d.text, d.ingested_at, d.event_count`;

/** Reads stored documents and the layers saved with them. */
export interface DocumentQueries {
  has(contentHash: string): boolean;
  get(docId: string): StoredDocument | null;
  /** By publication date, undated last, then by origin. */
  list(filter: DocumentFilter): StoredDocument[];
  count(): number;
  /** See DatingStore.listUndated: the cursor is the storing sequence number of the page's last document. */
  undated(cursor: string | null, limit: number): { documents: UndatedDocument[]; next: string | null };
  sentences(docId: string): SentenceRow[];
  mentions(docId: string): MentionRow[];
  messages(docId: string): MessageRecord[];
}

/** Builds the document readers over `db`. */
export function createDocumentQueries(
  db: Database,
  cache: StatementCache,
  fts: (q: string) => string | null,
): DocumentQueries {
  const has = db.prepare<[string], unknown>("SELECT 1 FROM documents WHERE content_hash = ?");
  const get = db.prepare<[string], StoredDocument>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.doc_id = ?`);
  const count = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM documents");
  type UndatedRow = { seq: number; doc_id: string; body: string | null; from: string | null; to: string | null };
  const undated = db.prepare<[number, number], UndatedRow>(
    `SELECT d.seq, d.doc_id, e.body, d.inferred_from AS "from", d.inferred_to AS "to"
     FROM documents d LEFT JOIN document_dating e ON e.seq = d.seq
     WHERE d.seq > ? AND d.published_at IS NULL ORDER BY d.seq LIMIT ?`,
  );
  // a document's layers, packed on its row (packed-layers.ts); none for a document not stored
  const layer = (column: string) => {
    const read = db.prepare<[string], { packed: string }>(`SELECT ${column} AS packed FROM documents WHERE doc_id = ?`);
    return (docId: string) => read.get(docId)?.packed ?? "[]";
  };
  const sentences = layer("sentence_layer");
  const mentions = layer("mention_layer");
  const messages = layer("message_layer");
  return {
    has: (hash) => has.get(hash) !== undefined,
    get: (docId) => get.get(docId) ?? null,
    list(filter) {
      const text = filter.text === undefined ? null : fts(filter.text);
      const where =
        text === null ? "" : "WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @text)";
      const sql = `SELECT ${DOCUMENT_COLUMNS} FROM documents d ${where}
        ORDER BY d.published_at IS NULL, d.published_at, d.origin, d.doc_id LIMIT @limit OFFSET @offset`;
      const params = { limit: filter.limit ?? -1, offset: filter.offset ?? 0, ...(text === null ? {} : { text }) };
      return cache.get<StoredDocument>(sql).all(params);
    },
    count: () => count.get()?.n ?? 0,
    undated(cursor, limit) {
      const found = undated.all(cursor === null ? 0 : Number(cursor), limit);
      const last = found.length === limit ? found[found.length - 1] : undefined;
      const documents = found.map((row) => undatedDocument(row.doc_id, row.body, row.from, row.to));
      return { documents, next: last ? String(last.seq) : null };
    },
    sentences: (docId) => unpackSentences(sentences(docId)),
    mentions: (docId) => unpackMentions(mentions(docId)),
    messages: (docId) => unpackMessages(messages(docId)),
  };
}
