import type { Database, Statement } from "better-sqlite3";
import { fewFinerDatesSql } from "../near-dates-sql.js";
import { EVENT_FIELDS, type ReportTextRow } from "../regroup-plan.js";
import { type EventMentionInsert, INSERT_EVENT_MENTION } from "./write-statements.js";

type Params = Record<string, unknown>;
type Write = Statement<[Params]>;

/** A distinct report of a merge key, standing for every report that gives it (`report_texts`). */
export type ReportRow = ReportTextRow & { id: number };

/** The statements cross-article regrouping reads and writes with. */
export interface RegroupStatements {
  componentsByKey: Statement<[string], { component: string }>;
  componentsByActor: Statement<[Params], { component: string }>;
  reportsOf: Statement<[string], ReportRow>;
  apartOf: Statement<[string], { other: string }>;
  insertReport: Write;
  addText: Statement<[Params], { id: number }>;
  weighText: Write;
  insertApart: Write;
  docsOfKey: Statement<[string], { doc_id: string }>;
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
  insertMention: EventMentionInsert;
  moveMention: Write;
  dropMention: Write;
}

/** Prepares the regrouping statements on `db`, once per store. */
export function prepareRegroup(db: Database): RegroupStatements {
  const p = <T extends unknown[] = [Params], R = unknown>(sql: string) => db.prepare<T, R>(sql);
  return {
    // every report of a merge key is in one component: the first row says which
    componentsByKey: p<[string], { component: string }>(
      "SELECT component FROM report_texts WHERE merge_key = ? LIMIT 1",
    ),
    // a stored date the new one refines (a prefix of it), or one that refines the new one: two
    // searches of the key, not one scan of every date of the actor; one row a merge key. A year or
    // month links to the finer dates under it only while they are few (corpus/dedup/near-dates.ts)
    componentsByActor: p<[Params], { component: string }>(`SELECT (SELECT r.component FROM report_texts r
        WHERE r.merge_key = a.merge_key LIMIT 1) AS component FROM report_actors a
      WHERE a.actor_id = @actor AND a.match_type = @type AND a.date IN (@year, @month, @date)
        AND (a.date = @date OR ${fewFinerDatesSql("a.date", "@actor", "@type")})
      UNION SELECT (SELECT r.component FROM report_texts r WHERE r.merge_key = a.merge_key LIMIT 1) FROM report_actors a
      WHERE a.actor_id = @actor AND a.match_type = @type AND a.date > @date AND a.date < @date || '~'
        AND ${fewFinerDatesSql("@date", "@actor", "@type")}`),
    reportsOf: p<[string], ReportRow>(`SELECT id, event_id, component, merge_key, report, weight, doc_id, ord, mentioned
      FROM report_texts WHERE component = ?`),
    // one search of the key a merge key: cheaper than one query a component with a list subquery
    apartOf: p<[string], { other: string }>("SELECT other FROM report_apart WHERE merge_key = ?"),
    insertReport: p(`INSERT INTO event_reports (doc_id, ord, text_id) VALUES (@doc_id, @ord, @text_id)`),
    addText: p<[Params], { id: number }>(`INSERT INTO report_texts
        (merge_key, report, event_id, component, weight, doc_id, ord, mentioned)
      VALUES (@merge_key, @report, @event_id, @component, 1, @doc_id, @ord, @mentioned) RETURNING id`),
    // a report with a stored text adds its weight to it; the first report (document, then index) is kept
    // (its event and component move with the stored row's own plan row: indexed columns are left alone)
    weighText: p(`UPDATE report_texts SET weight = weight + 1, mentioned = mentioned + @mentioned,
        doc_id = CASE WHEN (@doc_id, @ord) < (doc_id, ord) THEN @doc_id ELSE doc_id END,
        ord = CASE WHEN (@doc_id, @ord) < (doc_id, ord) THEN @ord ELSE ord END
      WHERE id = @id`),
    insertApart: p("INSERT OR IGNORE INTO report_apart (merge_key, other) VALUES (@merge_key, @other)"),
    docsOfKey: p<[string], { doc_id: string }>(`SELECT DISTINCT r.doc_id FROM report_texts t
      JOIN event_reports r ON r.text_id = t.id WHERE t.merge_key = ?`),
    moveReport: p(`UPDATE report_texts SET event_id = @event_id, component = @component
      WHERE merge_key = @merge_key AND event_id = @from`),
    insertReportActor: p(`INSERT OR IGNORE INTO report_actors (actor_id, match_type, date, merge_key)
      VALUES (@actor_id, @match_type, @date, @merge_key)`),
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
    insertMention: p<[string, string, number, number, number, string, string]>(INSERT_EVENT_MENTION),
    moveMention: p(`UPDATE OR IGNORE event_mentions SET event_id = @to WHERE event_id = @from AND doc_id = @doc_id`),
    dropMention: p("DELETE FROM event_mentions WHERE event_id = @from AND doc_id = @doc_id"),
  };
}
