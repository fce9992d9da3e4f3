import type pg from "pg";
import type { DateInterval, DatingStore, EventNote } from "../dating-store.js";
import { moveEventDate } from "./dyad-dates.js";
import { rows } from "./sql.js";
import { inTransaction } from "./transaction.js";

/**
 * The PostgreSQL side of `DatingStore`. Setting an event's date also moves its dyad pairs and
 * per-date counts, which carry the date for relations series, in one transaction.
 *
 * @example await createDatingQueries(pool).setInferredDate("doc_0123456789ab", { from: "2023-06-15", to: null })
 */
export function createDatingQueries(pool: pg.Pool): DatingStore {
  const db = pool;
  return {
    async setInferredDate(docId: string, interval: DateInterval | null): Promise<void> {
      await rows(db, "UPDATE documents SET inferred_from = @from, inferred_to = @to WHERE doc_id = @docId", {
        from: interval?.from ?? null,
        to: interval?.to ?? null,
        docId,
      });
    },
    async getInferredDate(docId: string): Promise<DateInterval | null> {
      const [row] = await rows<DateInterval>(
        db,
        'SELECT inferred_from AS "from", inferred_to AS "to" FROM documents WHERE doc_id = @docId',
        { docId },
      );
      return row && (row.from !== null || row.to !== null) ? { from: row.from, to: row.to } : null;
    },
    setEventDate: (eventId: string, date: string | null, basis: string) =>
      inTransaction(pool, async (client) => {
        const [event] = await rows<{ date: string | null }>(
          client,
          "SELECT date FROM events WHERE event_id = @eventId FOR UPDATE",
          { eventId },
        );
        if (!event) return;
        await rows(client, "UPDATE events SET date_basis = @basis WHERE event_id = @eventId", { basis, eventId });
        await inferReports(client, eventId, date, basis);
        if (event.date !== date) await moveEventDate(client, eventId, event.date, date);
      }),
    async addEventMessage(eventId: string, note: EventNote): Promise<void> {
      await rows(
        db,
        `INSERT INTO event_messages (event_id, doc_id, rule, reason) VALUES (@eventId, @doc, @rule, @reason)
         ON CONFLICT DO NOTHING`,
        { eventId, doc: note.doc_id, rule: note.rule, reason: note.reason },
      );
    },
    getEventMessages: (eventId: string) =>
      rows<EventNote>(
        db,
        "SELECT doc_id, rule, reason FROM event_messages WHERE event_id = @eventId ORDER BY doc_id, rule, reason",
        { eventId },
      ),
  };
}

/**
 * Undated reports of the event keep the date dating gave it, so a later regroup computes it again
 * (canonical.ts); rewritten as text, keys in their order, as SQLite's json_set does.
 */
async function inferReports(client: pg.PoolClient, eventId: string, date: string | null, basis: string) {
  const found = await rows<{ id: string; report: string }>(
    client,
    "SELECT id, report::text AS report FROM report_texts WHERE event_id = @eventId AND report->>'date' IS NULL",
    { eventId },
  );
  for (const r of found) {
    const report = { ...JSON.parse(r.report), inferred: date, inferred_basis: basis };
    await rows(client, "UPDATE report_texts SET report = @report WHERE id = @id", {
      report: JSON.stringify(report),
      id: r.id,
    });
  }
}
