import { aggregateRelations, type RelationsEvent } from "../relations.js";
import type { Period, RelationsPoint } from "../store.js";
import { checkDateBound, dateBoundSql } from "./date-bounds.js";
import { dyadSql, termParams } from "./event-filter.js";
import type { StatementCache } from "./statement-cache.js";

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Reads only the covering indexes of `event_dyads`, never the events themselves.
 */
export function createRelationsQuery(
  cache: StatementCache,
): (a: string, b: string, by: Period, range?: { from?: string; to?: string }) => RelationsPoint[] {
  return (a, b, by, range = {}) => {
    const params: Record<string, unknown> = { ...termParams("r1", a), ...termParams("r2", b) };
    const bounds: string[] = [];
    if (range.from !== undefined) {
      params.from = checkDateBound("from", range.from);
      bounds.push(dateBoundSql("u.date", ">=", "@from"));
    }
    if (range.to !== undefined) {
      params.to = checkDateBound("to", range.to);
      bounds.push(dateBoundSql("u.date", "<=", "@to"));
    }
    const sql = `SELECT DISTINCT u.event_id AS id, u.date, u.quad, u.score
      FROM (${dyadSql("r1", "r2", "p.event_id, p.date, p.quad, p.score")}) u
      WHERE u.date IS NOT NULL ${bounds.map((c) => `AND ${c}`).join(" ")}
      ORDER BY u.date, u.event_id`;
    return aggregateRelations(cache.get<RelationsEvent>(sql).all(params), by);
  };
}
