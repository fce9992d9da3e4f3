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
export function dyadMatchSql(a: string, b: string, countries: TermCountries): string {
  const others = dyadOthersSql(a, b, countries);
  if (!countries.a || !countries.b) return others;
  return `SELECT p.event_id, p.date, p.quad, p.score FROM event_dyads p
      WHERE p.x_country = @${a}_country AND p.y_country = @${b}_country AND p.countries_first
    UNION ALL ${others}`;
}

/** Which of the two terms of a dyad are country codes (their `_country` parameter is not null). */
export interface TermCountries {
  a: boolean;
  b: boolean;
}

/**
 * Cases 2–4 of `dyadMatchSql`: the events where a side matches by actor only, minus those of case 1.
 * "x's country is not t's" is three index ranges (below, above, null), so no branch reads the many
 * pairs of a country actor of the term's own country only to drop them.
 */
export function dyadOthersSql(a: string, b: string, countries: TermCountries): string {
  const columns = "SELECT p.event_id, p.date, p.quad, p.score FROM event_dyads p WHERE";
  const differs = (column: string, term: string) => [
    `p.${column} < @${term}_country`,
    `p.${column} > @${term}_country`,
    `p.${column} IS NULL`,
  ];
  const branches = (where: string, differ: string[] | null) =>
    differ === null ? [`${columns} ${where}`] : differ.map((d) => `${columns} ${where} AND ${d}`);
  const anyDiffers = (column: string, term: string) => `(${differs(column, term).join(" OR ")})`;
  const selects = [
    ...(countries.a
      ? branches(
          `p.x_actor IN ${idsSql(b)} AND p.y_country = @${a}_country`,
          countries.b ? differs("x_country", b) : null,
        )
      : []),
    ...(countries.b
      ? branches(
          `p.x_actor IN ${idsSql(a)} AND p.y_country = @${b}_country`,
          countries.a ? differs("x_country", a) : null,
        )
      : []),
    ...branches(
      `p.x_actor IN ${idsSql(a)} AND p.y_actor IN ${idsSql(b)}${countries.b ? ` AND ${anyDiffers("y_country", b)}` : ""}`,
      countries.a ? differs("x_country", a) : null,
    ),
  ];
  const distinct = `SELECT DISTINCT o.event_id, o.date, o.quad, o.score FROM (${selects.join(" UNION ALL ")}) o`;
  if (!countries.a || !countries.b) return distinct;
  return `${distinct} WHERE NOT EXISTS (SELECT 1 FROM event_dyads k
    WHERE k.event_id = o.event_id AND k.x_country = @${a}_country AND k.y_country = @${b}_country)`;
}
