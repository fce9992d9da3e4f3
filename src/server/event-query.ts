import type { EventRecord, EventStatus } from "../model/records.js";
import type { EventFilter, Store } from "../store/store.js";
import type { EventSort } from "./api-types.js";
import { HttpError } from "./http.js";
import { eventTypes, listOf, oneOf, partialDate, text } from "./query.js";
import { firstKept } from "./store-order.js";

export const EVENT_STATUSES: readonly EventStatus[] = ["reported", "future", "hypothetical", "negated"];
export const EVENT_SORTS: readonly EventSort[] = ["date", "-date", "support"];

/** An event query: the store's filter plus what the store does not filter on (status, sort). */
export interface EventQuery {
  filter: EventFilter;
  statuses: EventStatus[];
}

/**
 * `actor dyad type from to doc q status` into a store filter (the CLI's `--actor --dyad --type
 * --from --to --doc --text`), each value checked: a bad one is a 400 naming its parameter.
 */
export function eventQueryFrom(params: URLSearchParams): EventQuery {
  const filter: EventFilter = {};
  const actor = text(params, "actor");
  if (actor) filter.actor = actor;
  const dyad = text(params, "dyad");
  if (dyad) {
    const parts = dyad.split(",").map((p) => p.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new HttpError(400, `dyad must be two actors separated by a comma, e.g. CHN,USA (got "${dyad}")`);
    filter.dyad = [parts[0], parts[1]];
  }
  const types = eventTypes(params);
  if (types.length > 0) filter.types = types;
  const from = partialDate(params, "from");
  if (from) filter.from = from;
  const to = partialDate(params, "to");
  if (to) filter.to = to;
  const doc = text(params, "doc");
  if (doc) filter.doc = doc;
  const q = text(params, "q");
  if (q) filter.text = q;
  return { filter, statuses: listOf(params, "status", EVENT_STATUSES) };
}

/** The `sort` parameter (default `date`). */
export function eventSortFrom(params: URLSearchParams): EventSort {
  return oneOf(params, "sort", EVENT_SORTS, "date");
}

/** A test of the statuses asked for (any, when none). */
export function statusTest(statuses: readonly EventStatus[]): (e: EventRecord) => boolean {
  const wanted = new Set<string>(statuses);
  return (e) => wanted.size === 0 || wanted.has(e.status);
}

/** Every event the query matches, in the store's date order (undated last). */
export async function collectEvents(store: Store, query: EventQuery, cap?: number): Promise<EventRecord[]> {
  const keep = statusTest(query.statuses);
  const events: EventRecord[] = [];
  for await (const e of store.streamEvents(query.filter)) {
    if (!keep(e)) continue;
    events.push(e);
    if (cap !== undefined && events.length >= cap) break;
  }
  return events;
}

/**
 * One page of events, paged by the store in the asked order (asking one row more than the page, to
 * know whether another follows); with a status filter, read a chunk at a time until the page is full.
 */
export async function eventPage(
  store: Store,
  query: EventQuery,
  sort: EventSort,
  page: { limit: number; offset: number },
): Promise<{ items: EventRecord[]; more: boolean }> {
  const filter = { ...query.filter, order: sort };
  if (query.statuses.length === 0) {
    const rows = await store.listEvents({ ...filter, limit: page.limit + 1, offset: page.offset });
    return { items: rows.slice(0, page.limit), more: rows.length > page.limit };
  }
  const rows = await firstKept(store, filter, statusTest(query.statuses), page.offset + page.limit + 1);
  return { items: rows.slice(page.offset, page.offset + page.limit), more: rows.length > page.offset + page.limit };
}
