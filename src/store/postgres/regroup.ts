import type pg from "pg";
import type { CanonicalEvent } from "../../corpus/dedup/canonical.js";
import { newReportEvent } from "../../corpus/dedup/reports.js";
import { EVENT_FIELDS, freshReport, planRegroup, type RegroupPlan, type StoredReport } from "../regroup-plan.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { addToDyadDates, removeFromDyadDates } from "./dyad-dates.js";
import { insertSides } from "./event-sides.js";
import { componentReports, recordReports } from "./regroup-reads.js";
import { insertEventMentions } from "./save-events.js";
import { rows } from "./sql.js";

const JSON_FIELDS = new Set<string>(["context", "actors", "recipients", "location"]);
const DYAD_FIELDS = new Set<string>(["actors", "recipients", "date", "quad", "score", "status"]);

/**
 * Saves a new document's events by regrouping, inside its write transaction, as the SQLite store
 * does (sqlite/regroup.ts). The writer's advisory lock (save-document.ts) serialises every save,
 * so two workers regrouping one component never interleave: the result is the one of one writer.
 */
export async function regroupEvents(client: pg.PoolClient, docId: string, events: DocumentEvent[]): Promise<void> {
  const fresh: StoredReport[] = events.map((item, ord) =>
    freshReport(docId, ord, item.merge_key, newReportEvent(item.event)),
  );
  const stored = await componentReports(client, fresh);
  const plan = planRegroup(stored.concat(fresh));
  await writePlan(client, plan);
  const recorded = plan.rows.filter((r) => !r.report.event_id);
  await recordReports(client, stored, recorded);
  const mentions = recorded.flatMap(({ report, event_id }) =>
    (events[report.ord]?.event.mentions ?? []).map((m) => [event_id, m.sentence, m.start, m.end, m.text, m.rule]),
  );
  await insertEventMentions(client, docId, mentions);
  for (const id of plan.deleted) await deleteEvent(client, id);
}

/**
 * Writes what a regroup changed of the stored reports: the events, the mentions that move, the
 * reports' rows; new reports are recorded by the caller, and the events no
 * report stands on any more deleted (`deleteEvent`), after it.
 */
export async function writePlan(client: pg.PoolClient, plan: RegroupPlan): Promise<void> {
  for (const target of plan.events) await writeEvent(client, target);
  const moved = new Set<string>();
  for (const { report, to } of plan.moves) {
    const key = `${report.merge_key}\n${report.event_id}`;
    if (!moved.has(key)) await moveMentions(client, report, to);
    moved.add(key);
  }
  for (const { report, event_id, component } of plan.rows.filter((r) => r.report.event_id))
    await rows(client, "UPDATE report_texts SET event_id = @event_id, component = @component WHERE id = @id", {
      event_id,
      component,
      id: report.text_id,
    });
}

/** Deletes an event no report stands on any more, with its participant, dyad and note rows. */
export async function deleteEvent(client: pg.PoolClient, id: string): Promise<void> {
  const [row] = await rows<{ date: string | null }>(client, "SELECT date FROM events WHERE event_id = @id", { id });
  if (row) await removeFromDyadDates(client, id, row.date);
  for (const table of ["event_dyads", "event_actors", "event_messages", "events"])
    await rows(client, `DELETE FROM ${table} WHERE event_id = @id`, { id });
}

/** Moves the mentions of the documents of a report's merge key from its event to `to`. */
async function moveMentions(client: pg.PoolClient, r: StoredReport, to: string): Promise<void> {
  const found = await rows<{ doc_id: string }>(
    client,
    `SELECT DISTINCT r.doc_id FROM report_texts t JOIN event_reports r ON r.text_id = t.id
     WHERE t.merge_key = @key`,
    { key: r.merge_key },
  );
  const at = { from: r.event_id, to, docs: found.map((f) => f.doc_id) };
  // a mention the target already holds (from another report of the document) is dropped, the others move
  await rows(
    client,
    `DELETE FROM event_mentions m
     WHERE m.event_id = @from AND m.doc_id = ANY(@docs::text[])
       AND EXISTS (SELECT 1 FROM event_mentions t WHERE t.event_id = @to AND t.doc_id = m.doc_id
         AND t.start = m.start AND t."end" = m."end")`,
    at,
  );
  await rows(
    client,
    "UPDATE event_mentions SET event_id = @to WHERE event_id = @from AND doc_id = ANY(@docs::text[])",
    at,
  );
}

/** Inserts the canonical event, or rewrites the stored one where it differs. */
async function writeEvent(client: pg.PoolClient, target: CanonicalEvent): Promise<void> {
  const row: Record<string, unknown> = {
    ...eventRow(target.id, target.merge_key, target.event),
    doc_count: target.event.doc_count,
  };
  const [stored] = await rows<Record<string, unknown>>(
    client,
    `SELECT ${EVENT_FIELDS.join(", ")} FROM events WHERE event_id = @id`,
    { id: target.id },
  );
  const sides = { ...target.event, date: target.event.date };
  if (!stored) {
    await rows(
      client,
      `INSERT INTO events (event_id, ${EVENT_FIELDS.join(", ")}) VALUES (@event_id, ${EVENT_FIELDS.map((f) => `@${f}`).join(", ")})`,
      row,
    );
    await insertSides(client, target.id, sides, target.event.date);
    await addToDyadDates(client, target.id);
    return;
  }
  const text = (f: string) => (JSON_FIELDS.has(f) && stored[f] !== null ? JSON.stringify(stored[f]) : stored[f]);
  const differs = EVENT_FIELDS.filter((f) => text(f) !== row[f]);
  if (differs.length === 0) return;
  const moved = differs.some((f) => DYAD_FIELDS.has(f));
  if (moved) await removeFromDyadDates(client, target.id, stored.date as string | null);
  await rows(
    client,
    `UPDATE events SET ${EVENT_FIELDS.map((f) => `${f} = @${f}`).join(", ")} WHERE event_id = @event_id`,
    row,
  );
  if (!moved) return;
  await rows(client, "DELETE FROM event_actors WHERE event_id = @id", { id: target.id });
  await rows(client, "DELETE FROM event_dyads WHERE event_id = @id", { id: target.id });
  await insertSides(client, target.id, sides, target.event.date);
  await addToDyadDates(client, target.id);
}
