import type { EventRecord } from "../model/records.js";
import type { EventFilter, Store } from "../store/store.js";

/** Rows read per query when scanning in the store's order. */
const CHUNK = 500;

/** Most recent first; undated events last; among equal dates by id (the store's `-date` order). */
export function byDateDescending(a: EventRecord, b: EventRecord): number {
  if (a.date === b.date) return a.id.localeCompare(b.id);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** The first `need` events of a filter in its order (by date unless it says otherwise) that pass `keep`, read a chunk at a time. */
export async function firstKept(
  store: Store,
  filter: EventFilter,
  keep: (e: EventRecord) => boolean,
  need: number,
): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  for (let offset = 0; out.length < need; offset += CHUNK) {
    const rows = await store.listEvents({ ...filter, offset, limit: CHUNK });
    out.push(...rows.filter(keep));
    if (rows.length < CHUNK) break;
  }
  return out;
}
