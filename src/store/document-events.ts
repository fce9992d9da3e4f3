import type { EventMention, EventRecord } from "../model/records.js";

/**
 * Each document's events (rows tagged `for_doc`, in event order), each with the document's own
 * mentions; every document of `docIds` has an entry. Shared by both stores.
 */
export function groupByDocument<R extends { event_id: string; for_doc: string }>(
  docIds: string[],
  rows: R[],
  mentionRows: (EventMention & { event_id: string })[],
  toRecord: (row: R, mentions: EventMention[]) => EventRecord,
): Map<string, EventRecord[]> {
  const mentions = new Map<string, EventMention[]>();
  for (const { event_id, ...m } of mentionRows) {
    const key = `${m.doc_id}\u0000${event_id}`;
    const list = mentions.get(key);
    if (list) list.push(m);
    else mentions.set(key, [m]);
  }
  const out = new Map<string, EventRecord[]>(docIds.map((id) => [id, []]));
  for (const row of rows)
    out.get(row.for_doc)?.push(toRecord(row, mentions.get(`${row.for_doc}\u0000${row.event_id}`) ?? []));
  return out;
}
