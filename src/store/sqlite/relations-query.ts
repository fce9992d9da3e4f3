import { aggregateRelations, type RelationsEvent } from "../relations.js";
import type { Period, RelationsPoint } from "../store.js";
import { eventWhere } from "./event-filter.js";
import type { StatementCache } from "./statement-cache.js";

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 */
export function createRelationsQuery(
  cache: StatementCache,
): (a: string, b: string, by: Period, range?: { from?: string; to?: string }) => RelationsPoint[] {
  return (a, b, by, range = {}) => {
    const where = eventWhere({ dyad: [a, b], ...range }, () => null);
    const sql = `SELECT e.event_id AS id, e.date, e.quad, e.score FROM events e ${where.sql}
      AND e.date IS NOT NULL ORDER BY e.date, e.event_id`;
    return aggregateRelations(cache.get<RelationsEvent>(sql).all(where.params), by);
  };
}
