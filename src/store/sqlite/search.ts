import type { Database } from "better-sqlite3";
import type { SearchHit } from "../store.js";

/**
 * Full-text search over document titles and texts, best match first (FTS5 `rank`). The snippet
 * is about a dozen tokens around the match, matched terms wrapped in `[` `]`, cuts marked `…`.
 *
 * @example search("phone call", 5) // [{ doc_id: "doc_…", title: "…", snippet: "… spoke by [phone] with …" }]
 */
export function createSearch(
  db: Database,
  fts: (q: string) => string | null,
): (query: string, limit: number) => SearchHit[] {
  const statement = db.prepare<[{ query: string; limit: number }], SearchHit>(`SELECT d.doc_id, d.title,
      snippet(documents_fts, -1, '[', ']', '…', 12) AS snippet
    FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH @query ORDER BY documents_fts.rank, d.doc_id LIMIT @limit`);
  return (query, limit) => {
    const safe = fts(query);
    return safe === null ? [] : statement.all({ query: safe, limit });
  };
}
