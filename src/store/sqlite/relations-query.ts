import { foldRelations, groupEvents, type RelationsEvent, type RelationsGroup } from "../relations.js";
import type { Period, RelationsPoint } from "../store.js";
import { dyadOthersSql } from "./actor-terms.js";
import { checkDateBound, dateBoundSql } from "./date-bounds.js";
import { termParams } from "./event-filter.js";
import type { StatementCache } from "./statement-cache.js";

type DateRow = Omit<RelationsGroup, "event_ids"> & { event_ids: string };

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Events where both sides match by country come from `dyad_dates`, one row a date whatever their
 * number; the few where a side matches by actor only come from `event_dyads`.
 */
export function createRelationsQuery(
  cache: StatementCache,
): (a: string, b: string, by: Period, range?: { from?: string; to?: string }) => RelationsPoint[] {
  return (a, b, by, range = {}) => {
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
    const others = cache
      .get<RelationsEvent>(`SELECT o.event_id AS id, o.date, o.quad, o.score FROM (${dyadOthersSql("r1", "r2", { a: params.r1_country !== null, b: params.r2_country !== null })}) o
        WHERE o.date IS NOT NULL ${bounds("o.date")}`)
      .all(params);
    const countries =
      params.r1_country === null || params.r2_country === null
        ? []
        : cache
            .get<DateRow>(`SELECT d.date AS key, d.verbal_cooperation, d.material_cooperation, d.verbal_conflict,
                d.material_conflict, d.total, d.micro_sum, d.event_ids
              FROM dyad_dates d
              WHERE d.a_country = min(@r1_country, @r2_country) AND d.b_country = max(@r1_country, @r2_country)
                ${bounds("d.date")}`)
            .all(params)
            .map((row) => ({ ...row, event_ids: row.event_ids.split(",") }));
    return foldRelations([...countries, ...groupEvents(others)], by);
  };
}
