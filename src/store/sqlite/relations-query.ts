import { dateRangeClauses } from "../date-range.js";
import { foldRelations, groupEvents, type RelationsEvent, type RelationsGroup } from "../relations.js";
import type { Period, RelationsOptions, RelationsPoint } from "../store.js";
import { dyadOthersSql } from "./actor-terms.js";
import { dateBoundSql } from "./date-bounds.js";
import { termParams } from "./event-filter.js";
import type { StatementCache } from "./statement-cache.js";

type DateRow = Omit<RelationsGroup, "event_ids"> & { event_ids: string };

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Events where both sides match by country come from `dyad_dates`, one row a date whatever their
 * number; the few where a side matches by actor only come from `event_dyads`. Unless
 * `range.allStatuses`, events that did not happen are left out: the actor-only ones as they are read;
 * `dyad_dates` holds only events that happened, so with `allStatuses` the pair's others (planned,
 * hypothetical, negated: few) are read from `event_dyads` and added.
 */
export function createRelationsQuery(
  cache: StatementCache,
): (a: string, b: string, by: Period, range?: RelationsOptions) => RelationsPoint[] {
  return (a, b, by, range = {}) => {
    const params: Record<string, unknown> = { ...termParams("r1", a), ...termParams("r2", b) };
    const bounds = (column: string) =>
      dateRangeClauses(column, range, params, dateBoundSql)
        .map((c) => `AND ${c}`)
        .join(" ");
    const happened = range.allStatuses
      ? ""
      : " AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = o.event_id AND e.status = 'reported')";
    const others = cache
      .get<RelationsEvent>(`SELECT o.event_id AS id, o.date, o.quad, o.score FROM (${dyadOthersSql("r1", "r2", { a: params.r1_country !== null, b: params.r2_country !== null })}) o
        WHERE o.date IS NOT NULL ${bounds("o.date")}${happened}`)
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
    const unhappened =
      !range.allStatuses || params.r1_country === null || params.r2_country === null
        ? []
        : cache
            .get<RelationsEvent>(`SELECT p.event_id AS id, p.date, p.quad, p.score FROM event_dyads p
              JOIN events e ON e.event_id = p.event_id
              WHERE p.x_country = @r1_country AND p.y_country = @r2_country AND p.countries_first
                AND e.status <> 'reported' AND p.date IS NOT NULL ${bounds("p.date")}`)
            .all(params);
    return foldRelations([...countries, ...groupEvents(unhappened), ...groupEvents(others)], by);
  };
}
