import type pg from "pg";
import type { EventRecord } from "../../model/records.js";
import type { EventFilter } from "../store.js";
import { attachMentions, selectEvents } from "./event-queries.js";
import type { EventRow } from "./event-rows.js";
import { named } from "./sql.js";

/** Events fetched from the cursor at a time: memory stays flat whatever the store holds. */
const BATCH = 500;

/**
 * Streams the events a filter matches through a server-side cursor, in canonical order, on a
 * connection of its own inside one read-only transaction (one consistent snapshot). Leaving the
 * loop early closes the cursor and returns the connection; the store stays usable meanwhile.
 *
 * @example for await (const event of streamEvents(pool, { actor: "USA" })) console.log(event.id);
 */
export async function* streamEvents(pool: pg.Pool, filter: EventFilter): AsyncGenerator<EventRecord> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query("BEGIN READ ONLY");
    const { sql, params } = selectEvents(filter);
    const { text, values } = named(sql, params);
    await client.query(`DECLARE events_stream NO SCROLL CURSOR FOR ${text}`, values);
    for (;;) {
      const batch = await client.query<EventRow>(`FETCH ${BATCH} FROM events_stream`);
      if (batch.rows.length === 0) break;
      yield* await attachMentions(client, batch.rows);
      if (batch.rows.length < BATCH) break;
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await client.query("ROLLBACK").catch(() => {
      failed = true;
    });
    client.release(failed);
  }
}
