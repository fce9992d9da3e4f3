import type { Migration } from "./migrations.js";

/**
 * Each document's own report of each event (`event_reports`: the event as that document coded it,
 * mentions apart), so that cross-article merging regroups reports, never canonical events that
 * earlier merges changed, and the events are a function of the stored reports whatever order they
 * came in. `component` names the linked reports an event was placed among (what a regroup reads
 * back); `report_actors` finds a new report's candidates by resolved actor, compared type and date.
 * Reports are rows of a kilobyte or so: a rowid table keeps the indexes small.
 *
 * Backfill: a store written before holds one report per event and document, read from the
 * canonical event (negative `ord`), so its merges stay as they were until a new report touches them.
 */
export const REPORTS_MIGRATION: Migration = {
  version: 10,
  name: "event reports",
  up: `
    CREATE TABLE event_reports (
      doc_id TEXT NOT NULL, ord INTEGER NOT NULL,
      event_id TEXT NOT NULL, component TEXT NOT NULL, merge_key TEXT NOT NULL,
      report TEXT NOT NULL,
      UNIQUE (doc_id, ord)
    );
    CREATE INDEX event_reports_component ON event_reports (component);
    CREATE INDEX event_reports_merge_key ON event_reports (merge_key);
    CREATE TABLE report_actors (
      actor_id TEXT NOT NULL, match_type TEXT NOT NULL, date TEXT NOT NULL,
      doc_id TEXT NOT NULL, ord INTEGER NOT NULL,
      PRIMARY KEY (actor_id, match_type, date, doc_id, ord)
    ) WITHOUT ROWID;
    INSERT INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
    SELECT m.doc_id, -row_number() OVER (PARTITION BY m.doc_id ORDER BY e.event_id), e.event_id, e.merge_key,
      e.merge_key,
      json_object('event_type', e.event_type, 'mode', e.mode, 'context', json(e.context),
        'actors', json(e.actors), 'recipients', json(e.recipients), 'date', e.date, 'date_end', e.date_end,
        'date_basis', e.date_basis, 'status', e.status, 'location', json(e.location), 'score', e.score,
        'cameo', e.cameo, 'goldstein', e.goldstein, 'quad', e.quad, 'confidence', e.confidence,
        'rule', (SELECT x.rule FROM event_mentions x WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id
          ORDER BY x.rowid LIMIT 1),
        'spans', (SELECT json_group_array(json_array(x.start, x."end")) FROM event_mentions x
          WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id))
    FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions) m JOIN events e ON e.event_id = m.event_id;
    INSERT OR IGNORE INTO report_actors (actor_id, match_type, date, doc_id, ord)
    SELECT json_extract(p.value, '$.actor_id'),
      CASE json_extract(r.report, '$.status') WHEN 'reported' THEN json_extract(r.report, '$.event_type')
        ELSE json_extract(r.report, '$.event_type') || ':' || json_extract(r.report, '$.status') END,
      json_extract(r.report, '$.date'), r.doc_id, r.ord
    FROM event_reports r, json_each(r.report, '$.actors') p
    WHERE json_extract(r.report, '$.date') IS NOT NULL AND coalesce(json_extract(p.value, '$.actor_id'), '') <> ''
    UNION
    SELECT json_extract(p.value, '$.actor_id'),
      CASE json_extract(r.report, '$.status') WHEN 'reported' THEN json_extract(r.report, '$.event_type')
        ELSE json_extract(r.report, '$.event_type') || ':' || json_extract(r.report, '$.status') END,
      json_extract(r.report, '$.date'), r.doc_id, r.ord
    FROM event_reports r, json_each(r.report, '$.recipients') p
    WHERE json_extract(r.report, '$.date') IS NOT NULL AND coalesce(json_extract(p.value, '$.actor_id'), '') <> '';
  `,
};
