import type { EventMention, EventRecord } from "../../model/records.js";
import { eventOrderSql } from "../event-order.js";
import type { EventOrder } from "../store.js";

/** An `events` row as SQLite returns it: JSON columns still text. */
export interface EventRow {
  event_id: string;
  event_type: string;
  mode: string | null;
  context: string;
  actors: string;
  recipients: string;
  date: string | null;
  date_end: string | null;
  date_basis: EventRecord["date_basis"];
  status: EventRecord["status"];
  location: string | null;
  score: number;
  cameo: string;
  goldstein: number;
  quad: EventRecord["quad"];
  confidence: number;
  doc_count: number;
}

/** The columns of `events e` that make a record, in EventRow's shape. */
export const EVENT_COLUMNS = `e.event_id, e.event_type, e.mode, e.context, e.actors, e.recipients, e.date,
  e.date_end, e.date_basis, e.status, e.location, e.score, e.cameo, e.goldstein, e.quad, e.confidence, e.doc_count`;

/** Canonical order: by date, undated last, then by id. */
export const EVENT_ORDER = "ORDER BY e.date IS NULL, e.date, e.event_id";

/** The ORDER BY of a filter's `order` (see ../event-order.ts). */
export const orderSql = (order: EventOrder | undefined) => eventOrderSql(order, EVENT_ORDER);

/** Builds the outside-contract record, fields in SPEC order. */
export function toEventRecord(row: EventRow, mentions: EventMention[]): EventRecord {
  return {
    id: row.event_id,
    event_type: row.event_type,
    mode: row.mode,
    context: JSON.parse(row.context),
    actors: JSON.parse(row.actors),
    recipients: JSON.parse(row.recipients),
    date: row.date,
    date_end: row.date_end,
    date_basis: row.date_basis,
    status: row.status,
    location: row.location === null ? null : JSON.parse(row.location),
    score: row.score,
    cameo: row.cameo,
    goldstein: row.goldstein,
    quad: row.quad,
    confidence: row.confidence,
    doc_count: row.doc_count,
    mentions,
  };
}
