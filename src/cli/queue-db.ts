import { stringValue, UsageError, type Values } from "./command.js";

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * The `--db` value of a command that needs the PostgreSQL job queue, or a usage error: the queue
 * is shared by workers on many machines, which a SQLite file cannot be.
 */
export function queueDb(values: Values, what: string): string {
  const db = stringValue(values, "db") ?? "./annals.db";
  if (!POSTGRES_URL.test(db)) {
    throw new UsageError(`${what} needs a postgres:// store in --db (got "${db}"): the job queue lives in PostgreSQL`);
  }
  return db;
}
