import { NEAR_DATES } from "../corpus/dedup/near-dates.js";

/**
 * SQL, for both stores: whether the stored report dates of `actor` and `type` finer than `coarse` (a
 * year or month) are at most NEAR_DATES different ones. Each argument is an SQL expression.
 */
export function fewFinerDatesSql(coarse: string, actor: string, type: string): string {
  return `(SELECT count(*) FROM (SELECT DISTINCT b.date FROM report_actors b WHERE b.actor_id = ${actor}
    AND b.match_type = ${type} AND b.date > ${coarse} AND b.date < ${coarse} || '~' LIMIT ${NEAR_DATES + 1}) d) <= ${NEAR_DATES}`;
}
