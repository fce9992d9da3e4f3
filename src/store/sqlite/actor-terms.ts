/** The actor ids a term names: itself, and the actors with that name or alias. */
export function idsSql(prefix: string): string {
  return `(SELECT @${prefix}_id UNION SELECT actor_id FROM aliases WHERE alias_norm = @${prefix}_norm
    UNION SELECT actor_id FROM actors WHERE name_norm = @${prefix}_norm)`;
}

/**
 * The events where term `a` faces term `b`, one row each: `event_id, date, quad, score` from
 * `event_dyads` (the SQLite twin of postgres/actor-terms.ts, which says why the four cases). Case 1,
 * both sides by country, reads the partial index of first pairs and needs no de-duplication.
 */
export function dyadMatchSql(a: string, b: string): string {
  return `SELECT p.event_id, p.date, p.quad, p.score FROM event_dyads p
      WHERE p.x_country = @${a}_country AND p.y_country = @${b}_country AND p.countries_first
    UNION ALL ${dyadOthersSql(a, b)}`;
}

/** Cases 2–4 of `dyadMatchSql`: the events where a side matches by actor only, minus those of case 1. */
export function dyadOthersSql(a: string, b: string): string {
  const columns = "p.event_id, p.date, p.quad, p.score";
  const not = (column: string, term: string) => `NOT coalesce(p.${column} = @${term}_country, 0)`;
  return `SELECT DISTINCT o.event_id, o.date, o.quad, o.score FROM (
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor IN ${idsSql(b)} AND p.y_country = @${a}_country AND ${not("x_country", b)}
      UNION ALL
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor IN ${idsSql(a)} AND p.y_country = @${b}_country AND ${not("x_country", a)}
      UNION ALL
      SELECT ${columns} FROM event_dyads p
        WHERE p.x_actor IN ${idsSql(a)} AND p.y_actor IN ${idsSql(b)} AND ${not("x_country", a)}
          AND ${not("y_country", b)}
    ) o
    WHERE NOT EXISTS (SELECT 1 FROM event_dyads k
      WHERE k.event_id = o.event_id AND k.x_country = @${a}_country AND k.y_country = @${b}_country)`;
}
