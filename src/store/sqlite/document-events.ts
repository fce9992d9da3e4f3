import type { Database } from "better-sqlite3";
import type { EventMention, EventRecord } from "../../model/records.js";
import { groupByDocument } from "../document-events.js";
import { EVENT_COLUMNS, type EventRow, toEventRecord } from "./event-rows.js";

type Row = EventRow & { for_doc: string };
type MentionRow = EventMention & { event_id: string };

/**
 * See DatingStore.listDocumentEvents: two queries for a whole page of documents, by the mention
 * index's document column, instead of two per document.
 */
export function createDocumentEvents(db: Database): (docIds: string[]) => Map<string, EventRecord[]> {
  const events = db.prepare<[{ docs: string }], Row>(`SELECT p.doc_id AS for_doc, ${EVENT_COLUMNS}
    FROM (SELECT DISTINCT doc_id, event_id FROM event_mentions WHERE doc_id IN (SELECT value FROM json_each(@docs))) p
    JOIN events e ON e.event_id = p.event_id
    ORDER BY p.doc_id, e.date IS NULL, e.date, e.event_id`);
  const mentions = db.prepare<[{ docs: string }], MentionRow>(`SELECT event_id, doc_id, sentence, start, "end", text,
      rule
    FROM event_mentions WHERE doc_id IN (SELECT value FROM json_each(@docs)) ORDER BY doc_id, event_id, start, "end"`);
  return (docIds) => {
    const docs = JSON.stringify(docIds);
    return groupByDocument(docIds, events.all({ docs }), mentions.all({ docs }), toEventRecord);
  };
}
