import type { PgMigration } from "./migrations.js";

const MATCH_TYPE = `CASE WHEN r.report->>'status' = 'reported' THEN r.report->>'event_type'
  ELSE (r.report->>'event_type') || ':' || (r.report->>'status') END`;

/**
 * Each document's own report of each event, for cross-article merging that does not depend on the
 * order reports came in; the same step as SQLite's of this number (see its reports-migration.ts).
 * A store written before keeps one report per event and document, read from the canonical event.
 */
export const REPORTS_MIGRATION: PgMigration = {
  version: 10,
  name: "event reports",
  up: `
    CREATE TABLE event_reports (
      doc_id text COLLATE "C" NOT NULL, ord integer NOT NULL,
      event_id text COLLATE "C" NOT NULL, component text COLLATE "C" NOT NULL, merge_key text COLLATE "C" NOT NULL,
      report json NOT NULL,
      PRIMARY KEY (doc_id, ord)
    );
    CREATE INDEX event_reports_component ON event_reports (component);
    CREATE INDEX event_reports_merge_key ON event_reports (merge_key);
    CREATE TABLE report_actors (
      actor_id text COLLATE "C" NOT NULL, match_type text COLLATE "C" NOT NULL, date text COLLATE "C" NOT NULL,
      doc_id text COLLATE "C" NOT NULL, ord integer NOT NULL,
      PRIMARY KEY (actor_id, match_type, date, doc_id, ord)
    );
    INSERT INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
    SELECT m.doc_id, -row_number() OVER (PARTITION BY m.doc_id ORDER BY e.event_id), e.event_id, e.merge_key,
      e.merge_key,
      json_build_object('event_type', e.event_type, 'mode', e.mode, 'context', e.context,
        'actors', e.actors, 'recipients', e.recipients, 'date', e.date, 'date_end', e.date_end,
        'date_basis', e.date_basis, 'status', e.status, 'location', e.location, 'score', e.score,
        'cameo', e.cameo, 'goldstein', e.goldstein, 'quad', e.quad, 'confidence', e.confidence,
        'rule', (SELECT x.rule FROM event_mentions x WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id
          ORDER BY x.seq LIMIT 1),
        'spans', (SELECT json_agg(json_build_array(x.start, x."end") ORDER BY x.seq)
          FROM event_mentions x WHERE x.event_id = e.event_id AND x.doc_id = m.doc_id))
    FROM (SELECT DISTINCT event_id, doc_id FROM event_mentions) m JOIN events e ON e.event_id = m.event_id;
    INSERT INTO report_actors (actor_id, match_type, date, doc_id, ord)
    SELECT DISTINCT p.value->>'actor_id', ${MATCH_TYPE}, r.report->>'date', r.doc_id, r.ord
    FROM event_reports r,
      jsonb_array_elements((r.report->'actors')::jsonb || (r.report->'recipients')::jsonb) p
    WHERE r.report->>'date' IS NOT NULL AND coalesce(p.value->>'actor_id', '') <> '';
  `,
};
