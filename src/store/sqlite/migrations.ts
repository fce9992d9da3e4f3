import { DATING_MIGRATION } from "./dating-migration.js";
import { DOCUMENT_DATING_MIGRATION } from "./document-dating-migration.js";
import { DYAD_DATES_HAPPENED_MIGRATION, DYADS_MIGRATION } from "./dyads-migration.js";
import { KB_MIGRATION } from "./kb-migration.js";
import { LAYERS_MIGRATION } from "./layers-migration.js";
import { MENTION_ORDER_MIGRATION } from "./mention-order-migration.js";
import { PACKED_LAYERS_MIGRATION } from "./packed-layers-migration.js";
import { REPORTS_MIGRATION } from "./reports-migration.js";
import { ROLE_EVIDENCE_MIGRATION } from "./role-evidence-migration.js";

/** One schema step. Applied once, in its own transaction, and recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

/**
 * The SQLite schema, oldest first. Never edit a released step: add a new one.
 *
 * `documents` keeps an INTEGER PRIMARY KEY (`seq`) beside its text id because the FTS index is an
 * external-content table keyed by rowid, and VACUUM may renumber rowids that are not declared.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents",
    up: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        title TEXT, source TEXT, url TEXT, external_id TEXT,
        published_at TEXT, date_source TEXT,
        format TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        event_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX documents_order ON documents (published_at IS NULL, published_at, origin);
      CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id),
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id),
        ord INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, actor_id TEXT, rule TEXT,
        PRIMARY KEY (doc_id, ord)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_actor ON mentions (actor_id);
      CREATE TABLE messages (
        doc_id TEXT NOT NULL REFERENCES documents (doc_id),
        ord INTEGER NOT NULL, stage TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, ord)
      ) WITHOUT ROWID;
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: "actors",
    up: `
      CREATE TABLE actors (
        actor_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        mention_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX actors_name_norm ON actors (name_norm);
      CREATE INDEX actors_rank ON actors (mention_count DESC, name);
      CREATE TABLE aliases (
        actor_id TEXT NOT NULL REFERENCES actors (actor_id),
        alias TEXT NOT NULL,
        alias_norm TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        UNIQUE (actor_id, alias)
      );
      CREATE INDEX aliases_norm ON aliases (alias_norm);
      CREATE TABLE roles (
        role_id INTEGER PRIMARY KEY,
        actor_id TEXT NOT NULL REFERENCES actors (actor_id),
        title TEXT NOT NULL, organization TEXT, country TEXT, sector TEXT,
        start TEXT, "end" TEXT,
        basis TEXT NOT NULL CHECK (basis IN ('kb', 'text')),
        source TEXT,
        evidence TEXT NOT NULL DEFAULT '[]'
      );
      -- one row per actor + title + organization + start + basis; NULLs compare equal here
      CREATE UNIQUE INDEX roles_identity ON roles (actor_id, title, ifnull(organization, ''), ifnull(start, ''), basis);
    `,
  },
  {
    version: 3,
    name: "events",
    up: `
      CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        merge_key TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL, mode TEXT,
        context TEXT NOT NULL, actors TEXT NOT NULL, recipients TEXT NOT NULL,
        date TEXT, date_end TEXT, date_basis TEXT NOT NULL, status TEXT NOT NULL,
        location TEXT,
        score REAL NOT NULL, cameo TEXT NOT NULL, goldstein REAL NOT NULL, quad TEXT NOT NULL,
        confidence REAL NOT NULL,
        doc_count INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX events_date ON events (date);
      CREATE INDEX events_order ON events (date IS NULL, date, event_id);
      CREATE INDEX events_type ON events (event_type);
      CREATE TABLE event_mentions (
        event_id TEXT NOT NULL REFERENCES events (event_id),
        doc_id TEXT NOT NULL REFERENCES documents (doc_id),
        sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, rule TEXT NOT NULL,
        UNIQUE (event_id, doc_id, start, "end")
      );
      CREATE INDEX event_mentions_doc ON event_mentions (doc_id, event_id);
      CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events (event_id),
        actor_id TEXT NOT NULL,
        country TEXT,
        side TEXT NOT NULL CHECK (side IN ('actor', 'recipient'))
      );
      CREATE INDEX event_actors_event ON event_actors (event_id, side);
      CREATE INDEX event_actors_actor ON event_actors (actor_id);
      CREATE INDEX event_actors_country ON event_actors (country);
    `,
  },
  KB_MIGRATION,
  DATING_MIGRATION,
  DYADS_MIGRATION,
  MENTION_ORDER_MIGRATION,
  DYAD_DATES_HAPPENED_MIGRATION,
  ROLE_EVIDENCE_MIGRATION,
  REPORTS_MIGRATION,
  // no query looks mentions up by actor (events carry their actors): the index cost every document
  // about 20 random leaf pages to write, a tenth of the writer's time once the store outgrows its cache
  { version: 11, name: "no mention actor index", up: "DROP INDEX IF EXISTS mentions_actor;" },
  // what dating reads of an undated document's analysis, kept beside it: dating had analysed every
  // undated document of the store again on each run (2.5 ms each), whatever the run added
  {
    version: 12,
    name: "dating evidence",
    up: `CREATE TABLE dating_evidence (
      doc_id TEXT PRIMARY KEY REFERENCES documents (doc_id), body TEXT NOT NULL
    ) WITHOUT ROWID;`,
  },
  LAYERS_MIGRATION,
  PACKED_LAYERS_MIGRATION,
  DOCUMENT_DATING_MIGRATION,
];
