import type { EventRecord } from "../../model/records.js";
import { groupByDocument } from "../document-events.js";
import type { EventFilter } from "../store.js";
import { eventWhere } from "./event-filter.js";
import { EVENT_COLUMNS, type EventRow, type MentionRow, orderSql, toEventRecord, withMentions } from "./event-rows.js";
import { type Queryable, rows } from "./sql.js";

/** The SELECT of the events a filter matches, in the filter's order, with its parameters. */
export function selectEvents(filter: EventFilter): { sql: string; params: Record<string, unknown> } {
  const where = eventWhere(filter);
  return {
    sql: `SELECT ${EVENT_COLUMNS} FROM events e ${where.sql} ${orderSql(filter.order)} LIMIT @limit OFFSET @offset`,
    params: { ...where.params, limit: filter.limit ?? null, offset: filter.offset ?? 0 },
  };
}

/** Attaches to each event row its mentions, read in one query, by document and offset. */
export async function attachMentions(db: Queryable, events: EventRow[]): Promise<EventRecord[]> {
  if (events.length === 0) return [];
  const mentions = await rows<MentionRow>(
    db,
    `SELECT event_id, doc_id, sentence, start, "end", text, rule FROM event_mentions
     WHERE event_id = ANY(@ids::text[]) ORDER BY event_id, doc_id, start, "end"`,
    { ids: events.map((e) => e.event_id) },
  );
  return withMentions(events, mentions);
}

/** The canonical events a filter matches, with all their mentions. */
export async function listEvents(db: Queryable, filter: EventFilter): Promise<EventRecord[]> {
  const { sql, params } = selectEvents(filter);
  return attachMentions(db, await rows<EventRow>(db, sql, params));
}

/** One canonical event by id, or null. */
export async function getEvent(db: Queryable, eventId: string): Promise<EventRecord | null> {
  const found = await rows<EventRow>(db, `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.event_id = @id`, {
    id: eventId,
  });
  return (await attachMentions(db, found))[0] ?? null;
}

/** How many canonical events are stored. */
export async function countEvents(db: Queryable): Promise<number> {
  const [row] = await rows<{ n: number }>(db, "SELECT count(*)::int AS n FROM events");
  return row?.n ?? 0;
}

/** See DatingStore.listDocumentEvents: two queries for a whole page of documents. */
export async function listDocumentEvents(db: Queryable, docIds: string[]): Promise<Map<string, EventRecord[]>> {
  const found = await rows<EventRow & { for_doc: string }>(
    db,
    `SELECT p.doc_id AS for_doc, ${EVENT_COLUMNS}
     FROM (SELECT DISTINCT doc_id, event_id FROM event_mentions WHERE doc_id = ANY(@docs::text[])) p
     JOIN events e ON e.event_id = p.event_id ORDER BY p.doc_id, e.date, e.event_id`,
    { docs: docIds },
  );
  const mentions = await rows<MentionRow>(
    db,
    `SELECT event_id, doc_id, sentence, start, "end", text, rule FROM event_mentions
     WHERE doc_id = ANY(@docs::text[]) ORDER BY doc_id, event_id, start, "end"`,
    { docs: docIds },
  );
  return groupByDocument(docIds, found, mentions, toEventRecord);
}
