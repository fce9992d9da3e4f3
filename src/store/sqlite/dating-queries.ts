import type { Database } from "better-sqlite3";
import type { DateInterval, DatingEvidence, DatingStore, EventNote } from "../dating-store.js";
import { SET_DOCUMENT_DATING } from "./document-dating-migration.js";
import { createDocumentEvents } from "./document-events.js";
import { createDyadDates } from "./dyad-dates.js";

/**
 * The SQLite side of `DatingStore`, synchronous; the store wraps each call in a promise.
 *
 * @example createDatingQueries(db).setInferredDate("doc_0123456789ab", { from: "2023-06-15", to: null })
 */
export function createDatingQueries(db: Database) {
  const setInterval = db.prepare<[string | null, string | null, string]>(
    "UPDATE documents SET inferred_from = ?, inferred_to = ? WHERE doc_id = ?",
  );
  const getInterval = db.prepare<[string], { from: string | null; to: string | null }>(
    'SELECT inferred_from AS "from", inferred_to AS "to" FROM documents WHERE doc_id = ?',
  );
  const setDate = db.prepare<[string | null, string, string]>(
    "UPDATE events SET date = ?, date_basis = ? WHERE event_id = ?",
  );
  const moveDyads = db.prepare<[string | null, string]>("UPDATE event_dyads SET date = ? WHERE event_id = ?");
  const dateOf = db.prepare<[string], { date: string | null }>("SELECT date FROM events WHERE event_id = ?");
  // undated reports of the event keep the date, so a later regroup computes it again (canonical.ts)
  const inferReports = db.prepare<[string | null, string, string]>(`UPDATE report_texts
    SET report = json_set(report, '$.inferred', ?, '$.inferred_basis', ?)
    WHERE event_id = ? AND json_extract(report, '$.date') IS NULL`);
  const dyadDates = createDyadDates(db);
  // relations series read the date from the dyad pairs and the per-date counts: all move together
  const moveEvent = db.transaction((eventId: string, date: string | null, basis: string) => {
    const before = dateOf.get(eventId);
    setDate.run(date, basis, eventId);
    inferReports.run(date, basis, eventId);
    if (!before || before.date === date) return;
    dyadDates.remove(eventId, before.date);
    moveDyads.run(date, eventId);
    dyadDates.add(eventId);
  });
  const addNote = db.prepare<[string, string, string, string]>(
    "INSERT OR IGNORE INTO event_messages (event_id, doc_id, rule, reason) VALUES (?, ?, ?, ?)",
  );
  const notes = db.prepare<[string], EventNote>(
    "SELECT doc_id, rule, reason FROM event_messages WHERE event_id = ? ORDER BY doc_id, rule, reason",
  );
  const setEvidence = db.prepare<[string, string]>(SET_DOCUMENT_DATING);
  return {
    setInferredDate(docId: string, interval: DateInterval | null): void {
      setInterval.run(interval?.from ?? null, interval?.to ?? null, docId);
    },
    getInferredDate(docId: string): DateInterval | null {
      const row = getInterval.get(docId);
      return row && (row.from !== null || row.to !== null) ? { from: row.from, to: row.to } : null;
    },
    setEventDate(eventId: string, date: string | null, basis: string): void {
      moveEvent.immediate(eventId, date, basis);
    },
    addEventMessage(eventId: string, note: EventNote): void {
      addNote.run(eventId, note.doc_id, note.rule, note.reason);
    },
    getEventMessages: (eventId: string): EventNote[] => notes.all(eventId),
    listDocumentEvents: createDocumentEvents(db),
    setDatingEvidence(docId: string, evidence: DatingEvidence): void {
      if (setEvidence.run(JSON.stringify(evidence), docId).changes === 0) throw new Error(`no document ${docId}`);
    },
  } satisfies { [K in keyof DatingStore]: (...args: Parameters<DatingStore[K]>) => unknown };
}
