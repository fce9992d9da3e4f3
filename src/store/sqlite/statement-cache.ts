import type { Database, Statement } from "better-sqlite3";

/** Prepared statements for SQL built at run time (filters), keyed by their text. */
export interface StatementCache {
  get<R>(sql: string): Statement<[Record<string, unknown>], R>;
}

/**
 * A small cache of prepared statements: a filter shape is compiled once, then only its
 * parameters change. The oldest entry is dropped past `size`.
 */
export function createStatementCache(db: Database, size = 64): StatementCache {
  const cache = new Map<string, Statement<[Record<string, unknown>], unknown>>();
  return {
    get<R>(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = db.prepare<[Record<string, unknown>], unknown>(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement as Statement<[Record<string, unknown>], R>;
    },
  };
}
