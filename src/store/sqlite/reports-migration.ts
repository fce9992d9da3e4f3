import type { Migration } from "./migrations.js";

const MATCH_TYPE = `CASE json_extract(report, '$.status') WHEN 'reported' THEN json_extract(report, '$.event_type')
  ELSE json_extract(report, '$.event_type') || ':' || json_extract(report, '$.status') END`;

/**
 * Each document's own report of each event (`event_reports`: the event as that document coded it,
 * mentions apart, one row of `report_texts` a distinct text), so that cross-article merging
 * regroups reports, never canonical events that earlier merges changed, and the events are a
 * function of the stored reports whatever order they came in.
 *
 * What a regroup reads does not grow with how often an event is reported: `report_texts` holds each
 * distinct report of a merge key once, with how many reports give it (`weight`), the first of them
 * (`doc_id`, `ord`), how many documents it counts with a mention (`mentioned`), its event and its
 * `component` (the linked reports it was placed among: what a regroup reads back);
 * `report_actors` finds a new report's candidate merge keys by resolved actor, compared type and
 * date; `report_apart` lists the merge keys one document coded side by side (same compared type),
 * which never join one event. A document is saved once: its reports are appended, with no key of
 * their own to keep in order, and found by their text (moving mentions when an event changes id).
 *
 * Backfill: a store written before holds one report per event and document, read from the
 * canonical event (negative `ord`), so its merges stay as they were until a new report touches them.
 */
export const REPORTS_MIGRATION: Migration = {
  version: 10,
  name: "event reports",
  up: `
    CREATE TABLE report_texts (
      id INTEGER PRIMARY KEY, merge_key TEXT NOT NULL, report TEXT NOT NULL,
      event_id TEXT NOT NULL, component TEXT NOT NULL,
      weight INTEGER NOT NULL, doc_id TEXT NOT NULL, ord INTEGER NOT NULL, mentioned INTEGER NOT NULL
    );
    CREATE INDEX report_texts_merge_key ON report_texts (merge_key);
    CREATE INDEX report_texts_component ON report_texts (component);
    CREATE INDEX report_texts_event ON report_texts (event_id);
    CREATE TABLE event_reports (doc_id TEXT NOT NULL, ord INTEGER NOT NULL, text_id INTEGER NOT NULL);
    CREATE INDEX event_reports_text ON event_reports (text_id);
    CREATE TABLE report_actors (
      actor_id TEXT NOT NULL, match_type TEXT NOT NULL, date TEXT NOT NULL, merge_key TEXT NOT NULL,
      PRIMARY KEY (actor_id, match_type, date, merge_key)
    ) WITHOUT ROWID;
    CREATE TABLE report_apart (
      merge_key TEXT NOT NULL, other TEXT NOT NULL,
      PRIMARY KEY (merge_key, other)
    ) WITHOUT ROWID;
    CREATE TEMP TABLE old_reports AS
    SELECT m.doc_id, -row_number() OVER (PARTITION BY m.doc_id ORDER BY e.event_id) AS ord, e.event_id, e.merge_key,
      json_object('event_type', e.event_type, 'mode', e.mode, 'context', json(e.context),
        'actors', json(e.actors), 'recipients', json(e.recipients), 'date', e.date, 'date_end', e.date_end,
        'date_basis', e.date_basis, 'status', e.status, 'location', json(e.location), 'score', e.score,
        'cameo', e.cameo, 'goldstein', e.goldstein, 'quad', e.quad, 'confidence', e.confidence,
        'rule', (SELECT x.rule FROM event_mentions x WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id
          ORDER BY x.rowid LIMIT 1),
        'has_mentions', json('true')) AS report
    FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions) m JOIN events e ON e.event_id = m.event_id;
    INSERT INTO report_texts (merge_key, report, event_id, component, weight, doc_id, ord, mentioned)
    SELECT merge_key, report, event_id, merge_key, count(*), min(doc_id), ord,
      count(DISTINCT doc_id)
    FROM old_reports GROUP BY merge_key, report;
    INSERT INTO event_reports (doc_id, ord, text_id)
    SELECT o.doc_id, o.ord, t.id FROM old_reports o JOIN report_texts t ON t.merge_key = o.merge_key AND t.report = o.report;
    INSERT OR IGNORE INTO report_apart (merge_key, other)
    SELECT DISTINCT a.merge_key, b.merge_key FROM old_reports a JOIN old_reports b
      ON b.doc_id = a.doc_id AND b.merge_key <> a.merge_key
        AND json_extract(b.report, '$.event_type') = json_extract(a.report, '$.event_type')
        AND json_extract(b.report, '$.status') = json_extract(a.report, '$.status');
    DROP TABLE old_reports;
    INSERT OR IGNORE INTO report_actors (actor_id, match_type, date, merge_key)
    SELECT json_extract(p.value, '$.actor_id'), ${MATCH_TYPE}, json_extract(report, '$.date'), merge_key
    FROM report_texts, json_each(report, '$.actors') p
    WHERE json_extract(report, '$.date') IS NOT NULL AND coalesce(json_extract(p.value, '$.actor_id'), '') <> ''
    UNION
    SELECT json_extract(p.value, '$.actor_id'), ${MATCH_TYPE}, json_extract(report, '$.date'), merge_key
    FROM report_texts, json_each(report, '$.recipients') p
    WHERE json_extract(report, '$.date') IS NOT NULL AND coalesce(json_extract(p.value, '$.actor_id'), '') <> '';
  `,
};
