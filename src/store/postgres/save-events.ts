import type pg from "pg";
import type { EventActor, EventRecord } from "../../model/records.js";
import { eventId } from "../ids.js";
import { mergeEventFields } from "../merge-event.js";
import { mergeParticipants } from "../merge-participants.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { addToDyadDates, moveEventDate } from "./dyad-dates.js";
import { insertSides, replaceSides } from "./event-sides.js";
import { rows } from "./sql.js";

interface StoredEventRow {
  event_id: string;
  mode: string | null;
  context: string[];
  date: string | null;
  date_end: string | null;
  date_basis: EventRecord["date_basis"];
  location: EventRecord["location"];
  confidence: number;
  actors: EventActor[];
  recipients: EventActor[];
  quad: EventRecord["quad"];
  score: number;
}

const STORED =
  "SELECT event_id, mode, context, date, date_end, date_basis, location, confidence, actors, recipients, quad, score FROM events";

/**
 * Adds one document's events, as the SQLite store does: a report whose merge key is stored merges
 * into that canonical event (row locked); otherwise a canonical event `ev_` + 12 hex of SHA-1(merge
 * key) is created with its participants and dyad pairs. A later report can name the participants
 * better (merge-participants.ts). The new
 * document's mentions go in one insert, and each event it reports counts it once in `doc_count`.
 */
export async function saveEvents(client: pg.PoolClient, events: DocumentEvent[], docId: string): Promise<void> {
  const mentions: (string | number)[][] = [];
  const counted = new Set<string>();
  for (const { merge_key, event } of events) {
    const stored = await lockEvent(client, merge_key);
    const id = stored ? stored.event_id : eventId(merge_key);
    if (stored) await updateEvent(client, stored, event);
    else await insertEvent(client, id, merge_key, event);
    if (event.mentions.length > 0) counted.add(id);
    for (const m of event.mentions) mentions.push([id, m.sentence, m.start, m.end, m.text, m.rule]);
  }
  await insertEventMentions(client, docId, mentions);
  await rows(client, "UPDATE events SET doc_count = doc_count + 1 WHERE event_id = ANY(@ids::text[])", {
    ids: [...counted],
  });
}

/** A document's mentions of events, `[event_id, sentence, start, end, text, rule]` each, in one statement. */
export async function insertEventMentions(
  client: pg.PoolClient,
  docId: string,
  mentions: (string | number)[][],
): Promise<void> {
  const column = (i: number) => mentions.map((m) => m[i]);
  await rows(
    client,
    `INSERT INTO event_mentions (event_id, doc_id, sentence, start, "end", text, rule)
     SELECT u.event_id, @doc, u.sentence, u.start, u."end", u.text, u.rule
     FROM unnest(@ids::text[], @sentence::int[], @start::int[], @end::int[], @text::text[], @rule::text[])
       AS u (event_id, sentence, start, "end", text, rule)
     ON CONFLICT (event_id, doc_id, start, "end") DO NOTHING`,
    {
      doc: docId,
      ids: column(0),
      sentence: column(1),
      start: column(2),
      end: column(3),
      text: column(4),
      rule: column(5),
    },
  );
}

/** The stored event of a merge key, locked until the save commits. */
async function lockEvent(client: pg.PoolClient, mergeKey: string) {
  const [row] = await rows<StoredEventRow>(client, `${STORED} WHERE merge_key = @mergeKey FOR UPDATE`, { mergeKey });
  return row;
}

async function insertEvent(client: pg.PoolClient, id: string, mergeKey: string, e: EventRecord): Promise<void> {
  await rows(
    client,
    `INSERT INTO events (event_id, merge_key, event_type, mode, context, actors, recipients, date, date_end,
       date_basis, status, location, score, cameo, goldstein, quad, confidence, doc_count)
     VALUES (@event_id, @merge_key, @event_type, @mode, @context, @actors, @recipients, @date, @date_end,
       @date_basis, @status, @location, @score, @cameo, @goldstein, @quad, @confidence, 0)`,
    eventRow(id, mergeKey, e),
  );
  await insertSides(client, id, e, e.date ?? null);
  await addToDyadDates(client, id);
}

async function updateEvent(client: pg.PoolClient, stored: StoredEventRow, incoming: EventRecord): Promise<void> {
  const merged = mergeEventFields(stored, incoming);
  await rows(
    client,
    `UPDATE events SET mode = @mode, context = @context, date = @date, date_end = @date_end,
       date_basis = @date_basis, location = @location, confidence = @confidence WHERE event_id = @event_id`,
    {
      event_id: stored.event_id,
      ...merged,
      context: JSON.stringify(merged.context),
      location: merged.location ? JSON.stringify(merged.location) : null,
    },
  );
  const before = { actors: stored.actors, recipients: stored.recipients };
  const sides = mergeParticipants(before, incoming);
  if (JSON.stringify(sides) !== JSON.stringify(before)) {
    await replaceSides(
      client,
      stored.event_id,
      { ...sides, quad: stored.quad, score: stored.score },
      stored.date,
      merged.date,
    );
  } else if (merged.date !== stored.date) {
    await moveEventDate(client, stored.event_id, stored.date, merged.date);
  }
}
