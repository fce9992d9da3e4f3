import { normalizeName } from "../ids.js";

/** The parameters of one actor term: raw (actor id), normalised (name/alias), country code or null. */
export function termParams(prefix: string, term: string): Record<string, unknown> {
  const trimmed = term.trim();
  return {
    [`${prefix}_id`]: trimmed,
    [`${prefix}_norm`]: normalizeName(trimmed),
    [`${prefix}_country`]: /^[a-z]{3}$/i.test(trimmed) ? trimmed.toUpperCase() : null,
  };
}

/** The actor ids a term names, as an array: itself, and the actors with that name or alias (one InitPlan). */
export function idsSql(prefix: string): string {
  return `ARRAY(SELECT @${prefix}_id::text UNION SELECT actor_id FROM aliases WHERE alias_norm = @${prefix}_norm
    UNION SELECT actor_id FROM actors WHERE name_norm = @${prefix}_norm)`;
}

/**
 * The events where term `a` faces term `b`, one row each: `event_id, date, quad, score` from
 * `event_dyads`. A pair (x, y) matches when x is a's actor or of a's country and y is b's actor or
 * of b's country; the four cases are kept apart by whether x and y match by country:
 *
 * 1. both by country: the partial index of first pairs, one row an event, no de-duplication;
 * 2. x by country only: read on the pair stored the other way round (y's actor, x's country);
 * 3. y by country only; 4. neither: by actors.
 *
 * Cases 2–4 are rare beside 1 for country dyads and are de-duplicated, minus events case 1 has.
 */
export function dyadMatchSql(a: string, b: string): string {
  return `SELECT p.event_id, p.date, p.quad, p.score FROM event_dyads p
      WHERE p.x_country = @${a}_country AND p.y_country = @${b}_country AND p.countries_first
    UNION ALL ${dyadOthersSql(a, b)}`;
}

/** Cases 2–4 of `dyadMatchSql`: the events where a side matches by actor only, minus those of case 1. */
export function dyadOthersSql(a: string, b: string): string {
  const columns = "p.event_id, p.date, p.quad, p.score";
  const not = (column: string, term: string) => `NOT coalesce(p.${column} = @${term}_country, false)`;
  return `SELECT DISTINCT o.event_id, o.date, o.quad, o.score FROM (
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor = ANY(${idsSql(b)}) AND p.y_country = @${a}_country AND ${not("x_country", b)}
      UNION ALL
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor = ANY(${idsSql(a)}) AND p.y_country = @${b}_country AND ${not("x_country", a)}
      UNION ALL
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor = ANY(${idsSql(a)}) AND p.y_actor = ANY(${idsSql(b)}) AND ${not("x_country", a)}
          AND ${not("y_country", b)}
    ) o
    WHERE NOT EXISTS (SELECT 1 FROM event_dyads k
      WHERE k.event_id = o.event_id AND k.x_country = @${a}_country AND k.y_country = @${b}_country)`;
}
