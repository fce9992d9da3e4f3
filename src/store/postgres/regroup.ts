import type pg from "pg";
import { type CanonicalEvent, canonicalEvent, groupKeys } from "../../corpus/dedup/canonical.js";
import { actorIds, groupReports, matchType, type Report } from "../../corpus/dedup/reports.js";
import type { EventRecord } from "../../model/records.js";
import { eventId } from "../ids.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { addToDyadDates, removeFromDyadDates } from "./dyad-dates.js";
import { insertSides } from "./event-sides.js";
import { candidateComponents } from "./regroup-reads.js";
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
 * SQLite store does (sqlite/regroup.ts): the components of linked reports the document's reports
 * reach are read back whole and grouped again with them as a function of the set, only what
 * changed is written, and the new reports are recorded in their events.
 */
export async function regroupEvents(client: pg.PoolClient, docId: string, events: DocumentEvent[]): Promise<void> {
  const saved = await savedIn(client, events);
  const fresh: Stored[] = [];
  for (const [ord, item] of events.entries()) {
    const event_id = saved[ord];
    if (!event_id) continue;
    const event = { ...item.event, mentions: item.event.mentions.map((m) => ({ ...m, doc_id: docId })) };
    fresh.push({
      key: `${docId}:${ord}`,
      doc_id: docId,
      ord,
      merge_key: item.merge_key,
      event,
      event_id,
      component: "",
    });
  }
  const components = await candidateComponents(client, fresh);
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
    { c: components },
  );
  const reports: Stored[] = stored
    .map(({ report, ...r }): Stored => ({ ...r, key: `${r.doc_id}:${r.ord}`, event: report }))
    .concat(fresh);
  const groups = groupReports(reports);
  const keys = groupKeys(groups);
  const members = new Map<string, number>();
  for (const r of reports) members.set(r.event_id, (members.get(r.event_id) ?? 0) + 1);
  const after = new Set<string>();
  const touched = new Set<string>();
  const recorded: Stored[] = [];
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
      if (r.component === "") recorded.push({ ...r, event_id: id, component: group.component });
      else if (r.event_id !== id || r.component !== group.component)
        await rows(
          client,
          "UPDATE event_reports SET event_id = @id, component = @component WHERE doc_id = @doc AND ord = @ord",
          { id, component: group.component, doc: r.doc_id, ord: r.ord },
        );
    }
  }
  await record(client, recorded);
  const gone = [...new Set(reports.map((r) => r.event_id))].filter((id) => !after.has(id));
  const left = new Set(
    (
      await rows<{ event_id: string }>(
        client,
        "SELECT DISTINCT event_id FROM event_mentions WHERE event_id = ANY(@ids::text[])",
        { ids: gone },
      )
    ).map((r) => r.event_id),
  );
  for (const id of gone) if (!left.has(id)) await deleteEvent(client, id);
  await rows(
    client,
    `UPDATE events SET doc_count = (SELECT count(DISTINCT doc_id) FROM event_mentions m
       WHERE m.event_id = events.event_id) WHERE event_id = ANY(@ids::text[])`,
    { ids: [...touched] },
  );
}

/** Deletes an event no report stands on any more, with its participant and dyad rows. */
async function deleteEvent(client: pg.PoolClient, id: string): Promise<void> {
  const [row] = await rows<{ date: string | null }>(client, "SELECT date FROM events WHERE event_id = @id", { id });
  if (row) await removeFromDyadDates(client, id, row.date);
  await rows(client, "DELETE FROM event_dyads WHERE event_id = @id", { id });
  await rows(client, "DELETE FROM event_actors WHERE event_id = @id", { id });
  await rows(client, "DELETE FROM events WHERE event_id = @id", { id });
}

/** The event `saveEvents` put each report in: the one it joined, else the one of its merge key. */
async function savedIn(client: pg.PoolClient, events: DocumentEvent[]): Promise<(string | undefined)[]> {
  const found = await rows<{ event_id: string; merge_key: string }>(
    client,
    "SELECT event_id, merge_key FROM events WHERE event_id = ANY(@joins::text[]) OR merge_key = ANY(@keys::text[])",
    { joins: events.map((e) => e.join_event_id ?? ""), keys: events.map((e) => e.merge_key) },
  );
  const ids = new Set(found.map((f) => f.event_id));
  const byKey = new Map(found.map((f) => [f.merge_key, f.event_id]));
  return events.map((e) => (e.join_event_id && ids.has(e.join_event_id) ? e.join_event_id : byKey.get(e.merge_key)));
}

/** Stores the new reports, in their events and components, with the actors their candidates are found by. */
async function record(client: pg.PoolClient, reports: Stored[]): Promise<void> {
  if (reports.length === 0) return;
  await rows(
    client,
    `INSERT INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
     SELECT * FROM unnest(@doc::text[], @ord::int[], @event::text[], @component::text[], @key::text[], @report::json[])
     ON CONFLICT DO NOTHING`,
    {
      doc: reports.map((r) => r.doc_id),
      ord: reports.map((r) => r.ord),
      event: reports.map((r) => r.event_id),
      component: reports.map((r) => r.component),
      key: reports.map((r) => r.merge_key),
      report: reports.map((r) => JSON.stringify(r.event)),
    },
  );
  const actors = reports.flatMap((r) =>
    r.event.date ? actorIds(r.event).map((a) => [a, matchType(r.event), r.event.date, r.doc_id, r.ord] as const) : [],
  );
  await rows(
    client,
    `INSERT INTO report_actors (actor_id, match_type, date, doc_id, ord)
     SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[], @doc::text[], @ord::int[]) ON CONFLICT DO NOTHING`,
    {
      actor: actors.map((a) => a[0]),
      type: actors.map((a) => a[1]),
      date: actors.map((a) => a[2]),
      doc: actors.map((a) => a[3]),
      ord: actors.map((a) => a[4]),
    },
  );
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
