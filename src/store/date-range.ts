import { checkDateBound } from "./sqlite/date-bounds.js";

/** A store's SQL comparing a partial date column with a bound parameter at their common precision. */
export type DateBoundSql = (column: string, op: ">=" | "<=", param: string) => string;

/**
 * The clauses keeping `column` within `range` (`from` and `to` compared at their common precision,
 * in the store's own SQL), their bounds checked and set as `@from` and `@to` in `params`.
 *
 * @example dateRangeClauses("e.date", { from: "2023-06" }, params, dateBoundSql) // ["(e.date >= … )"]
 */
export function dateRangeClauses(
  column: string,
  range: { from?: string; to?: string },
  params: Record<string, unknown>,
  boundSql: DateBoundSql,
): string[] {
  const clauses: string[] = [];
  if (range.from !== undefined) {
    params.from = checkDateBound("from", range.from);
    clauses.push(boundSql(column, ">=", "@from"));
  }
  if (range.to !== undefined) {
    params.to = checkDateBound("to", range.to);
    clauses.push(boundSql(column, "<=", "@to"));
  }
  return clauses;
}
