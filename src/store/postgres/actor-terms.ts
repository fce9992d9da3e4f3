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
 * pairs of a country actor of the term's own country only to drop them. `ids` gives the SQL of a
 * term's actor ids: looked up inside the query by default, or an array parameter.
 */
export function dyadOthersSql(a: string, b: string, countries: TermCountries, ids = idsSql): string {
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
          `p.x_actor = ANY(${ids(b)}) AND p.y_country = @${a}_country`,
          countries.b ? differs("x_country", b) : null,
        )
      : []),
    ...(countries.b
      ? branches(
          `p.x_actor = ANY(${ids(a)}) AND p.y_country = @${b}_country`,
          countries.a ? differs("x_country", a) : null,
        )
      : []),
    ...branches(
      `p.x_actor = ANY(${ids(a)}) AND p.y_actor = ANY(${ids(b)})${countries.b ? ` AND ${anyDiffers("y_country", b)}` : ""}`,
      countries.a ? differs("x_country", a) : null,
    ),
  ];
  const distinct = `SELECT DISTINCT o.event_id, o.date, o.quad, o.score FROM (${selects.join(" UNION ALL ")}) o`;
  if (!countries.a || !countries.b) return distinct;
  // a scalar subquery, not NOT EXISTS: PostgreSQL turns NOT EXISTS into an anti join and may hash
  // the whole country pair first (a sequential scan of event_dyads: 170 ms over 1,000,000 events
  // when not one event matched by actor); this looks each candidate up in event_dyads_event
  return `${distinct} WHERE (SELECT 1 FROM event_dyads k
    WHERE k.event_id = o.event_id AND k.x_country = @${a}_country AND k.y_country = @${b}_country LIMIT 1) IS NULL`;
}
