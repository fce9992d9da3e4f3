import { DYADS_MIGRATION, PG_DYAD_DATES_BACKFILL } from "./dyads-migration.js";
import type { PgMigration } from "./migrations.js";
import { REPORTS_MIGRATION } from "./reports-migration.js";

/**
 * Imported knowledge-base entries (4), dating of undated documents (5), the dyad index behind
 * relations series (6), `dyad_dates` of events that happened (8; 7 is an SQLite index PostgreSQL
 * had from the start), role evidence in rows of its own (9) and each document's reports of events
 * (10), dating evidence (12); see the SQLite steps of the same numbers for the reasons.
 */
export const LATER_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 4,
    name: "kb-imports",
    up: `
      CREATE TABLE kb_actors (
        source text COLLATE "C" NOT NULL,
        actor_id text COLLATE "C" NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        country text,
        sector text,
        aliases json NOT NULL DEFAULT '[]',
        roles json NOT NULL DEFAULT '[]',
        PRIMARY KEY (source, actor_id)
      );
      CREATE TABLE kb_agents (
        source text COLLATE "C" NOT NULL,
        noun text COLLATE "C" NOT NULL,
        code text COLLATE "C" NOT NULL,
        position text NOT NULL CHECK (position IN ('suffix', 'prefix')),
        sector text,
        forms json NOT NULL DEFAULT '[]',
        PRIMARY KEY (source, noun, code, position)
      );
    `,
  },
  {
    version: 5,
    name: "dating",
    up: `
      ALTER TABLE documents ADD COLUMN inferred_from text;
      ALTER TABLE documents ADD COLUMN inferred_to text;
      CREATE TABLE event_messages (
        event_id text COLLATE "C" NOT NULL REFERENCES events (event_id),
        doc_id text COLLATE "C" NOT NULL,
        rule text COLLATE "C" NOT NULL,
        reason text COLLATE "C" NOT NULL,
        PRIMARY KEY (event_id, doc_id, rule, reason)
      );
    `,
  },
  DYADS_MIGRATION,
  { version: 8, name: "dyad dates of events that happened", up: `DELETE FROM dyad_dates; ${PG_DYAD_DATES_BACKFILL}` },
  {
    version: 9,
    name: "role evidence",
    up: `
      CREATE TABLE role_evidence (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        role_id bigint NOT NULL REFERENCES roles (role_id),
        doc_id text COLLATE "C" NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
        body json NOT NULL
      );
      CREATE INDEX role_evidence_span ON role_evidence (role_id, doc_id, start, "end");
      INSERT INTO role_evidence (role_id, doc_id, start, "end", body)
        SELECT r.role_id, e.value->>'doc_id', (e.value->>'start')::integer, (e.value->>'end')::integer, e.value
        FROM roles r CROSS JOIN LATERAL json_array_elements(r.evidence) WITH ORDINALITY AS e (value, n)
        ORDER BY r.role_id, e.n;
      ALTER TABLE roles DROP COLUMN evidence;
    `,
  },
  REPORTS_MIGRATION,
  // no query looks mentions up by actor (events carry their actors): the index only cost writes
  { version: 11, name: "no mention actor index", up: "DROP INDEX IF EXISTS mentions_actor;" },
  {
    version: 12,
    name: "dating evidence",
    up: `CREATE TABLE dating_evidence (
      doc_id text COLLATE "C" PRIMARY KEY REFERENCES documents (doc_id), body text NOT NULL
    );`,
  },
];
