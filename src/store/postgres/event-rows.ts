import type { EventMention, EventRecord } from "../../model/records.js";
import { eventOrderSql } from "../event-order.js";
import type { EventOrder } from "../store.js";

/** An `events` row as `pg` returns it: JSON columns already parsed. */
export type EventRow = Omit<EventRecord, "id" | "mentions"> & { event_id: string };

/** The columns of `events e` that make a record. */
export const EVENT_COLUMNS = `e.event_id, e.event_type, e.mode, e.context, e.actors, e.recipients, e.date,
  e.date_end, e.date_basis, e.status, e.location, e.score, e.cameo, e.goldstein, e.quad, e.confidence, e.doc_count`;

/** Canonical order: by date, undated last (PostgreSQL sorts NULLs last ascending), then by id. */
export const EVENT_ORDER = "ORDER BY e.date, e.event_id";

/** The ORDER BY of a filter's `order` (see ../event-order.ts). */
export const orderSql = (order: EventOrder | undefined) => eventOrderSql(order, EVENT_ORDER);

/** A mention row with the event it belongs to. */
export type MentionRow = EventMention & { event_id: string };

/** Builds the outside-contract record, fields in SPEC order. */
export function toEventRecord(row: EventRow, mentions: EventMention[]): EventRecord {
  return {
    id: row.event_id,
    event_type: row.event_type,
    mode: row.mode,
    context: row.context,
    actors: row.actors,
    recipients: row.recipients,
    date: row.date,
    date_end: row.date_end,
    date_basis: row.date_basis,
    status: row.status,
    location: row.location,
    score: row.score,
    cameo: row.cameo,
    goldstein: row.goldstein,
    quad: row.quad,
    confidence: row.confidence,
    doc_count: row.doc_count,
    mentions,
  };
}

/** Groups mention rows (in insertion order) under their events. */
export function withMentions(events: EventRow[], mentions: MentionRow[]): EventRecord[] {
  const byEvent = new Map<string, EventMention[]>(events.map((e) => [e.event_id, []]));
  for (const { event_id, ...m } of mentions) byEvent.get(event_id)?.push(m);
  return events.map((e) => toEventRecord(e, byEvent.get(e.event_id) ?? []));
}
