import type { Database, Statement } from "better-sqlite3";

type Params = Record<string, unknown>;
type Write = Statement<[Params]>;

/** Stored reports with one text, event and component, read back as one: the text, and the `[doc_id, ord]` of each as JSON. */
export interface ReportRow {
  event_id: string;
  component: string;
  merge_key: string;
  report: string;
  keys: string;
}

/** The columns of `events` a regroup computes, as `eventRow` (rows.ts) builds them, and `doc_count`. */
export const EVENT_FIELDS = [
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
  "doc_count",
] as const;

/** The statements cross-article regrouping reads and writes with. */
export interface RegroupStatements {
  componentsByKey: Statement<[string], { component: string }>;
  componentsByActor: Statement<[Params], { component: string }>;
  reportsOf: Statement<[string], ReportRow>;
  insertReport: Write;
  moveReport: Write;
  insertReportActor: Write;
  eventRow: Statement<[string], Record<string, unknown>>;
  insertEvent: Write;
  updateEvent: Write;
  setDocCount: Statement<[number, string]>;
  deleteEvent: Statement<[string]>;
  deleteEventMessages: Statement<[string]>;
  deleteEventActors: Statement<[string]>;
  insertEventActor: Write;
  deleteDyads: Statement<[string]>;
  insertDyad: Write;
  insertMention: Write;
  moveMention: Write;
  dropMention: Write;
}

/** Prepares the regrouping statements on `db`, once per store. */
export function prepareRegroup(db: Database): RegroupStatements {
  const p = <T extends unknown[] = [Params], R = unknown>(sql: string) => db.prepare<T, R>(sql);
  return {
    componentsByKey: p<[string], { component: string }>(
      "SELECT DISTINCT component FROM event_reports WHERE merge_key = ?",
    ),
    // a stored date the new one refines (a prefix of it), or one that refines the new one: two
    // searches of the key, not one scan of every date of the actor
    componentsByActor: p<[Params], { component: string }>(`SELECT r.component FROM report_actors a
      JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
      WHERE a.actor_id = @actor AND a.match_type = @type AND a.date IN (@year, @month, @date)
      UNION SELECT r.component FROM report_actors a
      JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
      WHERE a.actor_id = @actor AND a.match_type = @type AND a.date > @date AND a.date < @date || '~'`),
    // copies of one story (one text) come back as one row: the regroup weighs them once
    reportsOf: p<[string], ReportRow>(`SELECT event_id, component, merge_key, report,
        json_group_array(json_array(doc_id, ord)) AS keys
      FROM event_reports WHERE component = ? GROUP BY merge_key, event_id, component, report`),
    insertReport: p(`INSERT OR IGNORE INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
      VALUES (@doc_id, @ord, @event_id, @component, @merge_key, @report)`),
    moveReport: p(`UPDATE event_reports SET event_id = @event_id, component = @component
      WHERE merge_key = @merge_key AND event_id = @from`),
    insertReportActor: p(`INSERT OR IGNORE INTO report_actors (actor_id, match_type, date, doc_id, ord)
      VALUES (@actor_id, @match_type, @date, @doc_id, @ord)`),
    eventRow: p<[string], Record<string, unknown>>(`SELECT ${EVENT_FIELDS.join(", ")} FROM events WHERE event_id = ?`),
    insertEvent: p(`INSERT INTO events (event_id, ${EVENT_FIELDS.join(", ")})
      VALUES (@event_id, ${EVENT_FIELDS.map((f) => `@${f}`).join(", ")})`),
    updateEvent: p(`UPDATE events SET ${EVENT_FIELDS.map((f) => `${f} = @${f}`).join(", ")}
      WHERE event_id = @event_id`),
    setDocCount: p<[number, string]>("UPDATE events SET doc_count = ? WHERE event_id = ?"),
    deleteEvent: p<[string]>("DELETE FROM events WHERE event_id = ?"),
    deleteEventMessages: p<[string]>("DELETE FROM event_messages WHERE event_id = ?"),
    deleteEventActors: p<[string]>("DELETE FROM event_actors WHERE event_id = ?"),
    insertEventActor: p(`INSERT INTO event_actors (event_id, actor_id, country, side)
      VALUES (@event_id, @actor_id, @country, @side)`),
    deleteDyads: p<[string]>("DELETE FROM event_dyads WHERE event_id = ?"),
    insertDyad: p(`INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score,
        countries_first)
      VALUES (@event_id, @x_actor, @x_country, @y_actor, @y_country, @date, @quad, @score, @countries_first)`),
    insertMention: p(`INSERT INTO event_mentions (event_id, doc_id, sentence, start, "end", text, rule)
      VALUES (@event_id, @doc_id, @sentence, @start, @end, @text, @rule)
      ON CONFLICT (event_id, doc_id, start, "end") DO NOTHING`),
    moveMention: p(`UPDATE OR IGNORE event_mentions SET event_id = @to WHERE event_id = @from AND doc_id = @doc_id`),
    dropMention: p("DELETE FROM event_mentions WHERE event_id = @from AND doc_id = @doc_id"),
  };
}
