import type { Database, Statement } from "better-sqlite3";
import type { StoredRoleFields } from "../role-write.js";
import { createDyadDates } from "./dyad-dates.js";

type Params = Record<string, unknown>;
type Write = Statement<[Params]>;

/** A stored role as a save compares it: its id and the fields a later report may fill. */
export interface StoredRoleRow extends StoredRoleFields {
  role_id: number;
}

/**
 * Every statement of the write path but the document's own row (document-rows.ts), prepared once
 * per store and reused for each document.
 */
export interface WriteStatements {
  docIdByHash: Statement<[string], { doc_id: string }>;
  docIdTaken: Statement<[string], { doc_id: string }>;
  upsertActor: Statement<[string, string, string, string, string | null, number]>;
  upsertAlias: Statement<[string, string, string, number]>;
  findRole: Statement<[Params], StoredRoleRow>;
  updateRole: Write;
  insertRole: Write;
  roleSpansIn: Statement<[number, string], { doc_id: string; start: number; end: number }>;
  insertRoleEvidence: Statement<[number, string, number, number, string]>;
  eventByKey: Statement<[string], StoredEventRow>;
  insertEvent: Write;
  updateEvent: Write;
  updateEventSides: Write;
  deleteEventActors: Statement<[string]>;
  insertEventActor: Write;
  insertDyad: Write;
  moveDyads: Write;
  deleteDyads: Statement<[string]>;
  dyadDates: ReturnType<typeof createDyadDates>;
  insertEventMention: EventMentionInsert;
  eventHasDoc: Statement<[string, string], unknown>;
  countDoc: Statement<[string]>;
}

/** The fields a merge may change on a stored canonical event. */
export interface StoredEventRow {
  event_id: string;
  mode: string | null;
  context: string;
  date: string | null;
  date_end: string | null;
  date_basis: string;
  location: string | null;
  confidence: number;
  /** JSON arrays of `EventActor`. */
  actors: string;
  recipients: string;
  quad: string;
  score: number;
}

/** One mention of an event, kept once however often the same span is saved: plain saves and regroups write it. */
export type EventMentionInsert = Statement<[string, string, number, number, number, string, string]>;

export const INSERT_EVENT_MENTION = `INSERT INTO event_mentions (event_id, doc_id, sentence, start, "end", text, rule)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (event_id, doc_id, start, "end") DO NOTHING`;

/** Prepares the write path's statements on `db`. */
export function prepareWrites(db: Database): WriteStatements {
  const p = <T extends unknown[] = [Params], R = unknown>(sql: string) => db.prepare<T, R>(sql);
  return {
    docIdByHash: p<[string], { doc_id: string }>("SELECT doc_id FROM documents WHERE content_hash = ?"),
    docIdTaken: p<[string], { doc_id: string }>("SELECT doc_id FROM documents WHERE doc_id = ?"),
    upsertActor: p<[string, string, string, string, string | null, number]>(`INSERT INTO actors (actor_id, name,
        name_norm, kind, country, mention_count) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (actor_id) DO UPDATE SET mention_count = mention_count + excluded.mention_count,
        country = ifnull(actors.country, excluded.country)`),
    upsertAlias: p<[string, string, string, number]>(`INSERT INTO aliases (actor_id, alias, alias_norm, count)
      VALUES (?, ?, ?, ?)
      ON CONFLICT (actor_id, alias) DO UPDATE SET count = count + excluded.count`),
    findRole: p<[Params], StoredRoleRow>(`SELECT role_id, "end", country, sector, source FROM roles
      WHERE actor_id = @actor_id AND title = @title AND organization IS @organization AND start IS @start
        AND basis = @basis`),
    updateRole: p(`UPDATE roles SET "end" = ifnull("end", @end),
        country = ifnull(country, @country), sector = ifnull(sector, @sector), source = ifnull(source, @source)
      WHERE role_id = @role_id`),
    insertRole: p(`INSERT INTO roles (actor_id, title, organization, country, sector, start, "end", basis, source)
      VALUES (@actor_id, @title, @organization, @country, @sector, @start, @end, @basis, @source)`),
    roleSpansIn: p<[number, string], { doc_id: string; start: number; end: number }>(
      `SELECT doc_id, start, "end" FROM role_evidence WHERE role_id = ? AND doc_id = ?`,
    ),
    insertRoleEvidence: p<[number, string, number, number, string]>(
      `INSERT INTO role_evidence (role_id, doc_id, start, "end", body) VALUES (?, ?, ?, ?, ?)`,
    ),
    eventByKey: p<[string], StoredEventRow>(`SELECT event_id, mode, context, date, date_end, date_basis, location,
        confidence, actors, recipients, quad, score FROM events WHERE merge_key = ?`),
    insertEvent: p(`INSERT INTO events (event_id, merge_key, event_type, mode, context, actors, recipients, date,
        date_end, date_basis, status, location, score, cameo, goldstein, quad, confidence, doc_count)
      VALUES (@event_id, @merge_key, @event_type, @mode, @context, @actors, @recipients, @date,
        @date_end, @date_basis, @status, @location, @score, @cameo, @goldstein, @quad, @confidence, 0)`),
    updateEvent: p(`UPDATE events SET mode = @mode, context = @context, date = @date, date_end = @date_end,
        date_basis = @date_basis, location = @location, confidence = @confidence
      WHERE event_id = @event_id`),
    updateEventSides: p("UPDATE events SET actors = @actors, recipients = @recipients WHERE event_id = @event_id"),
    deleteEventActors: p<[string]>("DELETE FROM event_actors WHERE event_id = ?"),
    insertEventActor: p(`INSERT INTO event_actors (event_id, actor_id, country, side)
      VALUES (@event_id, @actor_id, @country, @side)`),
    insertDyad: p(`INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score,
        countries_first)
      VALUES (@event_id, @x_actor, @x_country, @y_actor, @y_country, @date, @quad, @score, @countries_first)`),
    moveDyads: p("UPDATE event_dyads SET date = @date WHERE event_id = @event_id"),
    deleteDyads: p<[string]>("DELETE FROM event_dyads WHERE event_id = ?"),
    dyadDates: createDyadDates(db),
    insertEventMention: p<[string, string, number, number, number, string, string]>(INSERT_EVENT_MENTION),
    eventHasDoc: p<[string, string], unknown>("SELECT 1 FROM event_mentions WHERE event_id = ? AND doc_id = ? LIMIT 1"),
    countDoc: p<[string]>("UPDATE events SET doc_count = doc_count + 1 WHERE event_id = ?"),
  };
}
