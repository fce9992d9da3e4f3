import type { EventRecord } from "../model/records.js";
import type { EventFilter, Store } from "../store/store.js";

/** Rows read per query when scanning in the store's order. */
const CHUNK = 500;

/** Most recent first; undated events last; among equal dates by id. */
export function byDateDescending(a: EventRecord, b: EventRecord): number {
  if (a.date === b.date) return a.id.localeCompare(b.id);
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/**
 * The tighter of two date bounds, compared as the store compares them (at their common precision;
 * on a tie the longer is tighter): `tighter("2023", "2023-06", "from")` → `2023-06`.
 */
export function tighter(a: string, b: string | undefined, side: "from" | "to"): string {
  if (b === undefined) return a;
  const common = Math.min(a.length, b.length);
  const [pa, pb] = [a.slice(0, common), b.slice(0, common)];
  if (pa === pb) return a.length >= b.length ? a : b;
  return (side === "from" ? pa > pb : pa < pb) ? a : b;
}

const year = (y: number) => String(y).padStart(4, "0");

/** The filter narrowed to `[from, to]`, within its own bounds. */
const within = (filter: EventFilter, from: string, to: string): EventFilter => ({
  ...filter,
  from: tighter(from, filter.from, "from"),
  to: tighter(to, filter.to, "to"),
});

/** The latest year ≤ `hi` holding a dated event the filter matches, by bisection over years; null when none. */
async function lastYear(store: Store, filter: EventFilter, hi: number): Promise<number | null> {
  const any = async (lo: number) =>
    (await store.listEvents({ ...within(filter, year(lo), year(hi)), limit: 1 })).length > 0;
  let lo = Number((filter.from ?? "0000").slice(0, 4));
  if (lo > hi || !(await any(lo))) return null;
  let top = hi;
  while (lo < top) {
    const mid = Math.ceil((lo + top) / 2);
    if (await any(mid)) lo = mid;
    else top = mid - 1;
  }
  return lo;
}

/**
 * The first `need` events of a filter, newest first (undated last), that pass `keep`, without
 * reading the whole store: the store lists in date order only, so the dated events are read month
 * by month from the latest year down (an event dated only `2023` is read with January, where it
 * sorts last). Undated events follow the dated ones in the store's order, so once every dated event
 * has been read their offset is known.
 */
export async function newestFirst(
  store: Store,
  filter: EventFilter,
  keep: (e: EventRecord) => boolean,
  need: number,
): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let dated = 0;
  let y = await lastYear(store, filter, Number((filter.to ?? "9999").slice(0, 4)));
  while (y !== null && out.length < need) {
    for (let month = 12; month >= 1 && out.length < need; month--) {
      const key = `${year(y)}-${String(month).padStart(2, "0")}`;
      const rows = (await store.listEvents(within(filter, key, key))).filter(
        (e) => e.date?.startsWith(key) || (month === 1 && e.date === year(y as number)),
      );
      dated += rows.length;
      out.push(...rows.filter(keep).sort(byDateDescending));
    }
    y = y > 0 ? await lastYear(store, filter, y - 1) : null;
  }
  // Undated events match no date bound; they exist only when the filter has none.
  if (filter.from !== undefined || filter.to !== undefined) return out;
  for (let offset = dated; out.length < need; offset += CHUNK) {
    const rows = await store.listEvents({ ...filter, offset, limit: CHUNK });
    out.push(...rows.filter((e) => e.date === null && keep(e)));
    if (rows.length < CHUNK) break;
  }
  return out;
}

/** The first `need` events of a filter in its order (by date unless it says otherwise) that pass `keep`, read a chunk at a time. */
export async function oldestFirst(
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
