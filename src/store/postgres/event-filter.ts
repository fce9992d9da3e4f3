import { dateRangeClauses } from "../date-range.js";
import type { EventFilter } from "../store.js";
import { dyadMatchSql, idsSql, termParams } from "./actor-terms.js";
import { TS_QUERY, textQueryParams } from "./text-query.js";

/** A WHERE clause over `events e` with its named parameters; values are never spliced into SQL. */
export interface EventWhere {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Translates an EventFilter into PostgreSQL, with the SQLite store's meaning: an actor term matches
 * a participant by id, by name or alias (accents and case ignored) or, when three letters, by
 * country; a dyad matches a pair of participants facing each other (`event_dyads`, see actor-terms.ts); `text` is a
 * full-text query over the documents (text-query.ts), which accepts any user text.
 */
export function eventWhere(filter: EventFilter): EventWhere {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.actor !== undefined) {
    Object.assign(params, termParams("a", filter.actor));
    clauses.push(`e.event_id IN (SELECT ea.event_id FROM event_actors ea
      WHERE ea.actor_id = ANY(${idsSql("a")}) OR ea.country = @a_country)`);
  }
  if (filter.dyad) {
    Object.assign(params, termParams("d1", filter.dyad[0]), termParams("d2", filter.dyad[1]));
    clauses.push(
      `e.event_id IN (SELECT m.event_id FROM (${dyadMatchSql("d1", "d2", { a: params.d1_country !== null, b: params.d2_country !== null })}) m)`,
    );
  }
  if (filter.types && filter.types.length > 0) {
    params.types = filter.types.map((t) => t.toUpperCase());
    clauses.push("e.event_type = ANY(@types::text[])");
  }
  clauses.push(...dateRangeClauses("e.date", filter, params, dateBoundSql));
  if (filter.doc !== undefined) {
    params.doc = filter.doc;
    clauses.push("e.event_id IN (SELECT event_id FROM event_mentions WHERE doc_id = @doc)");
  }
  if (filter.text !== undefined && filter.text.trim() !== "") {
    Object.assign(params, textQueryParams(filter.text));
    clauses.push(`e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id
      WHERE d.fts @@ ${TS_QUERY})`);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/**
 * A partial date column compared with a bound at their common precision, so `2023-06` lies within
 * `2023-06-15 … 2023-06-30` (see the SQLite twin). The first term lets the date index range-scan.
 */
export function dateBoundSql(column: string, op: ">=" | "<=", param: string): string {
  const common = `least(length(${column}), length(${param}::text))`;
  const coarse = op === ">=" ? `${column} >= substr(${param}, 1, 4)` : `${column} <= ${param} || '~'`;
  return `(${coarse} AND substr(${column}, 1, ${common}) ${op} substr(${param}, 1, ${common}))`;
}
