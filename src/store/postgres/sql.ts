import type pg from "pg";

/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

/** A statement with positional parameters, as `pg` takes it. */
export interface Query {
  text: string;
  values: unknown[];
}

/**
 * Turns SQL with named parameters (`@name`) into `pg`'s positional form: each name becomes one
 * `$n`, however often it appears. Values are always sent apart from the SQL text.
 *
 * @example named("SELECT * FROM t WHERE a = @x OR b = @x", { x: 1 }) // { text: "… a = $1 OR b = $1", values: [1] }
 */
export function named(sql: string, params: Record<string, unknown>): Query {
  const values: unknown[] = [];
  const positions = new Map<string, number>();
  const text = sql.replace(/@([a-z_][a-z0-9_]*)/gi, (_, name: string) => {
    let position = positions.get(name);
    if (position === undefined) {
      if (!(name in params)) throw new Error(`no value for SQL parameter @${name}`);
      values.push(params[name]);
      position = values.length;
      positions.set(name, position);
    }
    return `$${position}`;
  });
  return { text, values };
}

/** Runs `sql` with named parameters and returns its rows. */
export async function rows<R extends pg.QueryResultRow>(
  db: Queryable,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<R[]> {
  const { text, values } = named(sql, params);
  return (await db.query<R>(text, values)).rows;
}
