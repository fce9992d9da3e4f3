import type pg from "pg";
import { type CanonicalEvent, canonicalEvent, groupKeys } from "../../corpus/dedup/canonical.js";
import { actorIds, groupReports, matchType, type Report } from "../../corpus/dedup/reports.js";
import type { EventRecord } from "../../model/records.js";
import { eventId } from "../ids.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { addToDyadDates, removeFromDyadDates } from "./dyad-dates.js";
import { insertSides } from "./event-sides.js";
import { rows } from "./sql.js";

interface Stored extends Report {
  ord: number;
  event_id: string;
  component: string;
}

const FIELDS = [
  "merge_key",
  "event_type",
  "mode",
  "context",
  "actors",
  "recipients",
  "date",
  "date_end",
  "date_basis",
  "status",
  "location",
  "score",
  "cameo",
  "goldstein",
  "quad",
  "confidence",
] as const;
const JSON_FIELDS = new Set(["context", "actors", "recipients", "location"]);

/**
 * Regroups the canonical events a new document touches, inside its write transaction, as the
 * SQLite store does (sqlite/regroup.ts): the document's reports are recorded, the components of
 * linked reports they reach are read back whole and grouped again as a function of the set, and
 * only what changed is written.
 */
export async function regroupEvents(client: pg.PoolClient, docId: string, events: DocumentEvent[]): Promise<void> {
  const components = new Set<string>();
  for (const [ord, item] of events.entries()) {
    const event_id = await savedIn(client, item);
    if (!event_id) continue;
    const e = { ...item.event, mentions: item.event.mentions.map((m) => ({ ...m, doc_id: docId })) };
    const found = await rows<{ component: string }>(
      client,
      `SELECT DISTINCT component FROM event_reports WHERE event_id = @event_id OR merge_key = @key
       UNION SELECT r.component FROM report_actors a JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
       WHERE a.actor_id = ANY(@actors::text[]) AND a.match_type = @type AND a.date IN (@year, @month, @date)
       UNION SELECT r.component FROM report_actors a JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
       WHERE a.actor_id = ANY(@actors::text[]) AND a.match_type = @type AND a.date > @date AND a.date < @date || '~'`,
      {
        event_id,
        key: item.merge_key,
        actors: e.date ? actorIds(e) : [],
        type: matchType(e),
        year: e.date?.slice(0, 4) ?? "",
        month: e.date?.slice(0, 7) ?? "",
        date: e.date ?? "",
      },
    );
    for (const c of found) components.add(c.component);
    const component = `${docId}:${ord}`;
    components.add(component);
    await rows(
      client,
      `INSERT INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
       VALUES (@doc, @ord, @event_id, @component, @key, @report) ON CONFLICT DO NOTHING`,
      { doc: docId, ord, event_id, component, key: item.merge_key, report: JSON.stringify(e) },
    );
    if (e.date)
      await rows(
        client,
        `INSERT INTO report_actors (actor_id, match_type, date, doc_id, ord)
         SELECT a, @type, @date, @doc, @ord FROM unnest(@actors::text[]) AS a ON CONFLICT DO NOTHING`,
        { actors: actorIds(e), type: matchType(e), date: e.date, doc: docId, ord },
      );
  }
  const stored = await rows<{
    doc_id: string;
    ord: number;
    event_id: string;
    component: string;
    merge_key: string;
    report: EventRecord;
  }>(
    client,
    "SELECT doc_id, ord, event_id, component, merge_key, report FROM event_reports WHERE component = ANY(@c::text[])",
    { c: [...components] },
  );
  const reports: Stored[] = stored.map((r) => ({ ...r, key: `${r.doc_id}:${r.ord}`, event: r.report }));
  const groups = groupReports(reports);
  const keys = groupKeys(groups);
  const members = new Map<string, number>();
  for (const r of reports) members.set(r.event_id, (members.get(r.event_id) ?? 0) + 1);
  const after = new Set<string>();
  const touched = new Set<string>();
  for (const [i, group] of groups.entries()) {
    const key = keys[i] as string;
    const id = eventId(key);
    after.add(id);
    const kept = group.reports as Stored[];
    // the same reports as the stored event, none new: the event, a function of them, is as stored
    const same = kept.every((r) => r.event_id === id && r.doc_id !== docId) && members.get(id) === kept.length;
    if (!same) await writeEvent(client, canonicalEvent(group, key));
    for (const r of kept) {
      if (r.event_id !== id) {
        await moveMentions(client, r, id);
        touched.add(id).add(r.event_id); // both counts change
      }
      if (r.event_id !== id || r.component !== group.component)
        await rows(
          client,
          "UPDATE event_reports SET event_id = @id, component = @component WHERE doc_id = @doc AND ord = @ord",
          { id, component: group.component, doc: r.doc_id, ord: r.ord },
        );
    }
  }
  for (const id of new Set(reports.map((r) => r.event_id))) {
    if (after.has(id)) continue;
    const [left] = await rows(client, "SELECT 1 FROM event_mentions WHERE event_id = @id LIMIT 1", { id });
    if (left) continue;
    const [row] = await rows<{ date: string | null }>(client, "SELECT date FROM events WHERE event_id = @id", { id });
    if (row) await removeFromDyadDates(client, id, row.date);
    await rows(client, "DELETE FROM event_dyads WHERE event_id = @id", { id });
    await rows(client, "DELETE FROM event_actors WHERE event_id = @id", { id });
    await rows(client, "DELETE FROM events WHERE event_id = @id", { id });
  }
  await rows(
    client,
    `UPDATE events SET doc_count = (SELECT count(DISTINCT doc_id) FROM event_mentions m
       WHERE m.event_id = events.event_id) WHERE event_id = ANY(@ids::text[])`,
    { ids: [...touched] },
  );
}

/** The event `saveEvents` put a report in: the one it joined, else the one of its merge key. */
async function savedIn(client: pg.PoolClient, item: DocumentEvent): Promise<string | undefined> {
  const [row] = await rows<{ event_id: string }>(
    client,
    `SELECT event_id FROM events WHERE event_id = @join OR merge_key = @key
     ORDER BY event_id = @join DESC LIMIT 1`,
    { join: item.join_event_id ?? "", key: item.merge_key },
  );
  return row?.event_id;
}

async function moveMentions(client: pg.PoolClient, r: Stored, to: string): Promise<void> {
  const spans = {
    from: r.event_id,
    to,
    doc: r.doc_id,
    start: r.event.mentions.map((m) => m.start),
    end: r.event.mentions.map((m) => m.end),
  };
  // a mention the target already holds (from another report) is dropped, the others move
  await rows(
    client,
    `DELETE FROM event_mentions m USING unnest(@start::int[], @end::int[]) AS u (start, "end")
     WHERE m.event_id = @from AND m.doc_id = @doc AND m.start = u.start AND m."end" = u."end"
       AND EXISTS (SELECT 1 FROM event_mentions t WHERE t.event_id = @to AND t.doc_id = @doc
         AND t.start = u.start AND t."end" = u."end")`,
    spans,
  );
  await rows(
    client,
    `UPDATE event_mentions m SET event_id = @to FROM unnest(@start::int[], @end::int[]) AS u (start, "end")
     WHERE m.event_id = @from AND m.doc_id = @doc AND m.start = u.start AND m."end" = u."end"`,
    spans,
  );
}

/** Inserts the canonical event, or rewrites the stored one where it differs. */
async function writeEvent(client: pg.PoolClient, target: CanonicalEvent): Promise<void> {
  const row: Record<string, unknown> = eventRow(target.id, target.merge_key, {
    ...target.event,
    doc_count: 0,
    mentions: [],
  });
  const [stored] = await rows<Record<string, unknown>>(
    client,
    `SELECT ${FIELDS.join(", ")} FROM events WHERE event_id = @id`,
    { id: target.id },
  );
  if (!stored) {
    await rows(
      client,
      `INSERT INTO events (event_id, ${FIELDS.join(", ")}, doc_count)
       VALUES (@event_id, ${FIELDS.map((f) => `@${f}`).join(", ")}, 0)`,
      row,
    );
    await insertSides(client, target.id, target.event, target.event.date);
    await addToDyadDates(client, target.id);
    return;
  }
  const same = (f: (typeof FIELDS)[number]) =>
    (JSON_FIELDS.has(f) ? (stored[f] === null ? null : JSON.stringify(stored[f])) : stored[f]) === row[f];
  if (FIELDS.every(same)) return;
  const sides = (["actors", "recipients", "date", "quad", "score"] as const).every(same);
  if (!sides) await removeFromDyadDates(client, target.id, stored.date as string | null);
  await rows(
    client,
    `UPDATE events SET ${FIELDS.map((f) => `${f} = @${f}`).join(", ")} WHERE event_id = @event_id`,
    row,
  );
  if (sides) return;
  await rows(client, "DELETE FROM event_actors WHERE event_id = @id", { id: target.id });
  await rows(client, "DELETE FROM event_dyads WHERE event_id = @id", { id: target.id });
  await insertSides(client, target.id, target.event, target.event.date);
  await addToDyadDates(client, target.id);
}
