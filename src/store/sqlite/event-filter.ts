import { dateRangeClauses } from "../date-range.js";
import { normalizeName } from "../ids.js";
import type { EventFilter } from "../store.js";
import { dyadMatchSql } from "./actor-terms.js";
import { dateBoundSql } from "./date-bounds.js";

/** A WHERE clause over `events e` with its named parameters; values are never spliced into SQL. */
export interface EventWhere {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Translates an EventFilter into SQL. `fts` turns the `text` filter into a safe FTS5 query.
 *
 * An actor term matches a participant by actor id, by name or alias (accents and case ignored), or,
 * when it is three letters, by the participant's country code: `qin-gang`, `qing gang`, `usa`.
 * A dyad matches one term on each side, in either direction; the participants of an event with no
 * recipient (a meeting where no side hosts) count as facing each other.
 */
export function eventWhere(filter: EventFilter, fts: (q: string) => string | null): EventWhere {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.actor !== undefined) {
    Object.assign(params, termParams("a", filter.actor));
    // within a date window (a look-up of one event's few days) the window's events are few: each is
    // checked for the actor; otherwise the actor's events are gathered first (a country may have most of the store's)
    clauses.push(
      filter.from !== undefined && filter.to !== undefined
        ? `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.event_id AND ${matchSql("ea", "a")})`
        : `e.event_id IN (${actorEventsSql("a")})`,
    );
  }
  if (filter.dyad) {
    Object.assign(params, termParams("d1", filter.dyad[0]), termParams("d2", filter.dyad[1]));
    clauses.push(
      `e.event_id IN (SELECT m.event_id FROM (${dyadMatchSql("d1", "d2", { a: params.d1_country !== null, b: params.d2_country !== null })}) m)`,
    );
  }
  if (filter.types && filter.types.length > 0) {
    const names = filter.types.map((type, i) => {
      params[`type${i}`] = type.toUpperCase();
      return `@type${i}`;
    });
    clauses.push(`e.event_type IN (${names.join(", ")})`);
  }
  clauses.push(...dateRangeClauses("e.date", filter, params, dateBoundSql));
  if (filter.doc !== undefined) {
    params.doc = filter.doc;
    clauses.push("e.event_id IN (SELECT event_id FROM event_mentions WHERE doc_id = @doc)");
  }
  const text = filter.text === undefined ? null : fts(filter.text);
  if (text !== null) {
    params.text = text;
    clauses.push(`e.event_id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id
      WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @text))`);
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

/**
 * The events with a participant the term matches: one look-up by index per way of matching. The
 * same condition as matchSql, whose OR over a participant row makes SQLite read every row of
 * `event_actors` (1.8 ms a query over 150,000 events, where this takes a few tens of µs).
 */
function actorEventsSql(prefix: string): string {
  return `SELECT event_id FROM event_actors WHERE actor_id = @${prefix}_id
    UNION ALL SELECT event_id FROM event_actors WHERE actor_id IN (SELECT actor_id FROM aliases WHERE alias_norm = @${prefix}_norm)
    UNION ALL SELECT event_id FROM event_actors WHERE actor_id IN (SELECT actor_id FROM actors WHERE name_norm = @${prefix}_norm)
    UNION ALL SELECT event_id FROM event_actors WHERE country = @${prefix}_country`;
}

function matchSql(alias: string, prefix: string): string {
  return `(${alias}.actor_id = @${prefix}_id
    OR ${alias}.actor_id IN (SELECT actor_id FROM aliases WHERE alias_norm = @${prefix}_norm)
    OR ${alias}.actor_id IN (SELECT actor_id FROM actors WHERE name_norm = @${prefix}_norm)
    OR ${alias}.country = @${prefix}_country)`;
}
