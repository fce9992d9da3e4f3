import type pg from "pg";

/**
 * Runs `fn` holding the session advisory lock `key` on a connection of its own, or returns
 * `{ ran: false }` at once when another session holds it. The lock is the database's, so it works
 * across processes and machines, and a killed holder's lock goes with its connection.
 *
 * @example const r = await tryWithLock(pool, 42, () => saveReady()); if (!r.ran) … // someone else saves
 */
export async function tryWithLock<T>(
  pool: pg.Pool,
  key: number,
  fn: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const client = await pool.connect();
  try {
    const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [key]);
    if (!got.rows[0]?.ok) return { ran: false };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    client.release();
  }
}
