import { aggregateRelations, type RelationsEvent } from "../relations.js";
import { checkDateBound } from "../sqlite/date-bounds.js";
import type { Period, RelationsPoint } from "../store.js";
import { dateBoundSql, dyadSql, termParams } from "./event-filter.js";
import { type Queryable, rows } from "./sql.js";

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Reads only `event_dyads` (index-only ranges), never the events themselves.
 */
export async function relations(
  db: Queryable,
  a: string,
  b: string,
  by: Period,
  range: { from?: string; to?: string } = {},
): Promise<RelationsPoint[]> {
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
  const events = await rows<RelationsEvent>(
    db,
    `SELECT DISTINCT u.event_id AS id, u.date, u.quad, u.score
     FROM (${dyadSql("r1", "r2", "p.event_id, p.date, p.quad, p.score")}) u
     WHERE u.date IS NOT NULL ${bounds.map((c) => `AND ${c}`).join(" ")}
     ORDER BY date, id`,
    params,
  );
  return aggregateRelations(events, by);
}
