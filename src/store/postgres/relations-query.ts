import { foldRelations, groupEvents, type RelationsEvent, type RelationsGroup } from "../relations.js";
import { checkDateBound } from "../sqlite/date-bounds.js";
import type { Period, RelationsPoint } from "../store.js";
import { dyadOthersSql, termParams } from "./actor-terms.js";
import { dateBoundSql } from "./event-filter.js";
import { type Queryable, rows } from "./sql.js";

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Events where both sides match by country come from `dyad_dates`, one row a date whatever their
 * number; the few where a side matches by actor only come from `event_dyads`.
 */
export async function relations(
  db: Queryable,
  a: string,
  b: string,
  by: Period,
  range: { from?: string; to?: string } = {},
): Promise<RelationsPoint[]> {
  const params: Record<string, unknown> = { ...termParams("r1", a), ...termParams("r2", b) };
  const bounds = (column: string) => {
    const clauses: string[] = [];
    if (range.from !== undefined) {
      params.from = checkDateBound("from", range.from);
      clauses.push(dateBoundSql(column, ">=", "@from"));
    }
    if (range.to !== undefined) {
      params.to = checkDateBound("to", range.to);
      clauses.push(dateBoundSql(column, "<=", "@to"));
    }
    return clauses.map((c) => `AND ${c}`).join(" ");
  };
  const others = await rows<RelationsEvent>(
    db,
    `SELECT o.event_id AS id, o.date, o.quad, o.score FROM (${dyadOthersSql("r1", "r2", { a: params.r1_country !== null, b: params.r2_country !== null })}) o
     WHERE o.date IS NOT NULL ${bounds("o.date")}`,
    params,
  );
  const countries =
    params.r1_country === null || params.r2_country === null
      ? []
      : await rows<RelationsGroup>(
          db,
          `SELECT d.date AS key, d.verbal_cooperation, d.material_cooperation, d.verbal_conflict, d.material_conflict,
             d.total, d.micro_sum::float8 AS micro_sum, d.event_ids
           FROM dyad_dates d
           WHERE d.a_country = least(@r1_country::text, @r2_country::text)
             AND d.b_country = greatest(@r1_country::text, @r2_country::text) ${bounds("d.date")}`,
          params,
        );
  return foldRelations([...countries, ...groupEvents(others)], by);
}
