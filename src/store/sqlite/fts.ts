import type { Database } from "better-sqlite3";

/**
 * Makes a user's full-text query safe to run. A query FTS5 accepts is used as typed (so `phone
 * NOT call`, `"phone call"` and `blink*` keep their meaning); one it rejects (`"unbalanced`,
 * `AND OR`, `title:`) is rewritten as its whitespace-separated terms, each quoted as a literal
 * phrase, so a typo never surfaces as a raw SQLite error. Returns null for a blank query.
 *
 * @example const q = createFtsSanitizer(db); q('"unbalanced') // '"""unbalanced"'
 */
export function createFtsSanitizer(db: Database): (query: string) => string | null {
  const probe = db.prepare<[string]>("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1");
  return (query) => {
    if (query.trim() === "") return null;
    try {
      probe.get(query);
      return query;
    } catch {
      return quoteTerms(query);
    }
  };
}

/** `AND "x` → `"AND" """x"`: every term a literal phrase, inner quotes doubled. */
export function quoteTerms(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((term) => `"${term.replaceAll('"', '""')}"`)
    .join(" ");
}
