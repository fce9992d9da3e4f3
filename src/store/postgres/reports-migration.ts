import type { PgMigration } from "./migrations.js";

const MATCH_TYPE = `CASE WHEN r.report->>'status' = 'reported' THEN r.report->>'event_type'
  ELSE (r.report->>'event_type') || ':' || (r.report->>'status') END`;

/**
 * Each document's own report of each event, for cross-article merging that does not depend on the
 * order reports came in, one row a distinct report text for what a regroup reads back; the same
 * step as SQLite's of this number (see its reports-migration.ts).
 * A store written before keeps one report per event and document, read from the canonical event.
 */
export const REPORTS_MIGRATION: PgMigration = {
  version: 10,
  name: "event reports",
  up: `
    CREATE TABLE report_texts (
      id bigserial PRIMARY KEY, merge_key text COLLATE "C" NOT NULL, report json NOT NULL,
      event_id text COLLATE "C" NOT NULL, component text COLLATE "C" NOT NULL,
      weight integer NOT NULL, doc_id text COLLATE "C" NOT NULL, ord integer NOT NULL, mentioned integer NOT NULL
    );
    CREATE INDEX report_texts_merge_key ON report_texts (merge_key);
    CREATE INDEX report_texts_component ON report_texts (component);
    CREATE INDEX report_texts_event ON report_texts (event_id);
    CREATE TABLE event_reports (doc_id text COLLATE "C" NOT NULL, ord integer NOT NULL, text_id bigint NOT NULL);
    CREATE INDEX event_reports_text ON event_reports (text_id);
    CREATE TABLE report_actors (
      actor_id text COLLATE "C" NOT NULL, match_type text COLLATE "C" NOT NULL, date text COLLATE "C" NOT NULL,
      merge_key text COLLATE "C" NOT NULL,
      PRIMARY KEY (actor_id, match_type, date, merge_key)
    );
    CREATE TABLE report_apart (
      merge_key text COLLATE "C" NOT NULL, other text COLLATE "C" NOT NULL,
      PRIMARY KEY (merge_key, other)
    );
    CREATE TEMP TABLE old_reports ON COMMIT DROP AS
    SELECT m.doc_id, (-row_number() OVER (PARTITION BY m.doc_id ORDER BY e.event_id))::integer AS ord,
      e.event_id, e.merge_key,
      json_build_object('event_type', e.event_type, 'mode', e.mode, 'context', e.context,
        'actors', e.actors, 'recipients', e.recipients, 'date', e.date, 'date_end', e.date_end,
        'date_basis', e.date_basis, 'status', e.status, 'location', e.location, 'score', e.score,
        'cameo', e.cameo, 'goldstein', e.goldstein, 'quad', e.quad, 'confidence', e.confidence,
        'rule', (SELECT x.rule FROM event_mentions x WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id
          ORDER BY x.seq LIMIT 1),
        'has_mentions', true)::text AS report
    FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions) m JOIN events e ON e.event_id = m.event_id;
    INSERT INTO report_texts (merge_key, report, event_id, component, weight, doc_id, ord, mentioned)
    SELECT merge_key, report::json, min(event_id), merge_key, count(*)::integer,
      (array_agg(doc_id ORDER BY doc_id, ord))[1], (array_agg(ord ORDER BY doc_id, ord))[1],
      count(DISTINCT doc_id)
    FROM old_reports GROUP BY merge_key, report;
    INSERT INTO event_reports (doc_id, ord, text_id)
    SELECT o.doc_id, o.ord, t.id FROM old_reports o
      JOIN report_texts t ON t.merge_key = o.merge_key AND t.report::text = o.report;
    INSERT INTO report_actors (actor_id, match_type, date, merge_key)
    SELECT DISTINCT p.value->>'actor_id', ${MATCH_TYPE}, r.report->>'date', r.merge_key
    FROM report_texts r,
      jsonb_array_elements((r.report->'actors')::jsonb || (r.report->'recipients')::jsonb) p
    WHERE r.report->>'date' IS NOT NULL AND coalesce(p.value->>'actor_id', '') <> '';
    INSERT INTO report_apart (merge_key, other)
    SELECT DISTINCT a.merge_key, b.merge_key FROM old_reports a JOIN old_reports b
      ON b.doc_id = a.doc_id AND b.merge_key <> a.merge_key
        AND b.report::json->>'event_type' = a.report::json->>'event_type'
        AND b.report::json->>'status' = a.report::json->>'status';
  `,
};
