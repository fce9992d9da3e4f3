const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Checks a `from`/`to` bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A malformed bound is a caller's
 * bug (the CLI validates user input), so it throws.
 */
export function checkDateBound(name: string, value: string): string {
  if (!PARTIAL_DATE.test(value)) {
    throw new RangeError(`invalid ${name} date "${value}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

/**
 * SQL comparing a partial date column with a bound at their common precision, so `2023-06` lies
 * within `2023-06-15 … 2023-06-30` and `2023-06-18` within `2023-06 … 2023-06`. The first term
 * is implied by the second; it is there so SQLite can range-scan the date index.
 */
export function dateBoundSql(column: string, op: ">=" | "<=", param: string): string {
  const common = `min(length(${column}), length(${param}))`;
  const coarse = op === ">=" ? `${column} >= substr(${param}, 1, 4)` : `${column} <= ${param} || '~'`;
  return `(${coarse} AND substr(${column}, 1, ${common}) ${op} substr(${param}, 1, ${common}))`;
}
