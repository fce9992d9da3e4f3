import type { Database, Statement } from "better-sqlite3";
import type { EventMention, EventRecord } from "../../model/records.js";
import type { EventFilter } from "../store.js";
import { eventWhere } from "./event-filter.js";
import { createMentionReader } from "./event-mentions.js";
import { EVENT_COLUMNS, type EventRow, orderSql, toEventRecord } from "./event-rows.js";
import type { StatementCache } from "./statement-cache.js";

/** Reads canonical events with all their mentions. */
export interface EventQueries {
  list(filter: EventFilter): EventRecord[];
  /**
   * Iterates matching events without loading them all. The connection stays busy until the
   * iteration ends: do not write to the same store while a stream is open.
   */
  stream(filter: EventFilter): Generator<EventRecord>;
  get(eventId: string): EventRecord | null;
  count(): number;
}

/** Builds the event readers over `db`; dynamic filter SQL is prepared once per shape via `cache`. */
export function createEventQueries(
  db: Database,
  cache: StatementCache,
  fts: (q: string) => string | null,
): EventQueries {
  const mentions: Statement<[string, number], EventMention> = db.prepare(`SELECT doc_id, sentence, start, "end",
    text, rule FROM event_mentions WHERE event_id = ? ORDER BY doc_id, start, "end" LIMIT ?`);
  const byId = db.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.event_id = ?`);
  const count = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM events");
  const record = (row: EventRow, most = -1) => toEventRecord(row, mentions.all(row.event_id, most));
  const mentionsOf = createMentionReader(db);

  // a stream gets its own statement: a cached one could be re-entered while the stream is open
  const select = (filter: EventFilter, fresh = false) => {
    const where = eventWhere(filter, fts);
    const sql = `SELECT ${EVENT_COLUMNS} FROM events e ${where.sql} ${orderSql(filter.order)} LIMIT @limit OFFSET @offset`;
    // added to a copy, not spread into a literal: see docs/performance.md (hidden classes)
    const params = Object.assign({}, where.params, { limit: filter.limit ?? -1, offset: filter.offset ?? 0 });
    const statement = fresh ? db.prepare<[Record<string, unknown>], EventRow>(sql) : cache.get<EventRow>(sql);
    return { statement, params };
  };

  return {
    list(filter) {
      const { statement, params } = select(filter);
      const rows = statement.all(params);
      if (rows.length < 2) return rows.map((row) => record(row, filter.mentions));
      const found = mentionsOf(
        rows.map((row) => row.event_id),
        filter.mentions ?? -1,
      );
      return rows.map((row) => toEventRecord(row, found.get(row.event_id) ?? []));
    },
    *stream(filter) {
      const { statement, params } = select(filter, true);
      for (const row of statement.iterate(params)) yield record(row, filter.mentions);
    },
    get(eventId) {
      const row = byId.get(eventId);
      return row ? record(row) : null;
    },
    count: () => count.get()?.n ?? 0,
  };
}
