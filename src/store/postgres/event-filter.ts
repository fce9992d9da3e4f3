import { normalizeName } from "../ids.js";
import { checkDateBound } from "../sqlite/date-bounds.js";
import type { EventFilter } from "../store.js";

/** A WHERE clause over `events e` with its named parameters; values are never spliced into SQL. */
export interface EventWhere {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Translates an EventFilter into PostgreSQL, with the SQLite store's meaning: an actor term matches
 * a participant by id, by name or alias (accents and case ignored) or, when three letters, by
 * country; a dyad matches a pair of participants facing each other (`event_dyads`); `text` is a
 * `websearch_to_tsquery` over the documents, which accepts any user text.
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
    clauses.push(`e.event_id IN (SELECT p.event_id FROM (${dyadSql("d1", "d2", "p.event_id")}) p)`);
  }
  if (filter.types && filter.types.length > 0) {
    params.types = filter.types.map((t) => t.toUpperCase());
    clauses.push("e.event_type = ANY(@types::text[])");
  }
  if (filter.from !== undefined) {
    params.from = checkDateBound("from", filter.from);
    clauses.push(dateBoundSql("e.date", ">=", "@from"));
  }
  if (filter.to !== undefined) {
    params.to = checkDateBound("to", filter.to);
    clauses.push(dateBoundSql("e.date", "<=", "@to"));
  }
  if (filter.doc !== undefined) {
    params.doc = filter.doc;
    clauses.push("e.event_id IN (SELECT event_id FROM event_mentions WHERE doc_id = @doc)");
  }
  if (filter.text !== undefined && filter.text.trim() !== "") {
    params.text = filter.text;
    clauses.push(`e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id
      WHERE d.fts @@ websearch_to_tsquery('english', @text))`);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** The parameters of one actor term: raw (actor id), normalised (name/alias), country code or null. */
export function termParams(prefix: string, term: string): Record<string, unknown> {
  const trimmed = term.trim();
  return {
    [`${prefix}_id`]: trimmed,
    [`${prefix}_norm`]: normalizeName(trimmed),
    [`${prefix}_country`]: /^[a-z]{3}$/i.test(trimmed) ? trimmed.toUpperCase() : null,
  };
}

/** The actor ids a term names: itself, and the actors with that name or alias (one InitPlan). */
function idsSql(prefix: string): string {
  return `ARRAY(SELECT @${prefix}_id::text UNION SELECT actor_id FROM aliases WHERE alias_norm = @${prefix}_norm
    UNION SELECT actor_id FROM actors WHERE name_norm = @${prefix}_norm)`;
}

/**
 * The `event_dyads` rows where term `a` faces term `b`, selecting `columns`. Pairs are stored both
 * ways round, so "a's country faces b's actor" is read as "b's actor faces a's country": three
 * branches, each an index range.
 */
export function dyadSql(a: string, b: string, columns: string): string {
  const branch = (where: string) => `SELECT ${columns} FROM event_dyads p WHERE ${where}`;
  return [
    branch(`p.x_actor = ANY(${idsSql(a)}) AND p.y_actor = ANY(${idsSql(b)})`),
    branch(`p.x_actor = ANY(${idsSql(a)}) AND p.y_country = @${b}_country`),
    branch(`p.x_actor = ANY(${idsSql(b)}) AND p.y_country = @${a}_country`),
    branch(`p.x_country = @${a}_country AND p.y_country = @${b}_country`),
  ].join(" UNION ALL ");
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
