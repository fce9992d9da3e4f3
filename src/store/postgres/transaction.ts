import type pg from "pg";

/** Deadlock and serialization failures: the transaction did nothing and can simply run again. */
const RETRYABLE = new Set(["40P01", "40001"]);

/**
 * Runs `body` in one transaction on a client of `pool`: committed when it returns, rolled back when
 * it throws. A deadlock or serialization failure is retried a few times before it surfaces.
 *
 * @example await inTransaction(pool, (client) => client.query("UPDATE …"));
 */
export async function inTransaction<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await body(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || code === undefined || !RETRYABLE.has(code)) throw error;
    } finally {
      client.release();
    }
  }
}
