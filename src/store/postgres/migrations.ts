import { LATER_MIGRATIONS } from "./later-migrations.js";
import { REPORTS_MIGRATION } from "./reports-migration.js";

/** One schema step, applied once in its own transaction and recorded in `schema_migrations`. */
export interface PgMigration {
  version: number;
  name: string;
  up: string;
}

/**
 * The PostgreSQL schema, oldest first, numbered like the SQLite steps they mirror. Never edit a
 * released step: add a new one.
 *
 * Text that is sorted or compared is `COLLATE "C"`, so orders are byte orders as on SQLite, whatever
 * the database's locale. JSON columns are `json` (not `jsonb`): records read back keep their key
 * order. `fts` is a generated tsvector (title weighted above text) behind a GIN index.
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: "documents",
    up: `
      CREATE TABLE documents (
        doc_id text COLLATE "C" PRIMARY KEY,
        content_hash text COLLATE "C" NOT NULL UNIQUE,
        origin text COLLATE "C" NOT NULL,
        title text, source text, url text, external_id text,
        published_at text COLLATE "C", date_source text,
        format text NOT NULL,
        language text NOT NULL,
        text text NOT NULL,
        ingested_at text NOT NULL,
        event_count integer NOT NULL DEFAULT 0,
        fts tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
        ) STORED
      );
      CREATE INDEX documents_order ON documents (published_at, origin, doc_id);
      CREATE INDEX documents_fts ON documents USING gin (fts);
      CREATE TABLE sentences (
        doc_id text COLLATE "C" NOT NULL REFERENCES documents (doc_id),
        idx integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
      CREATE TABLE mentions (
        doc_id text COLLATE "C" NOT NULL REFERENCES documents (doc_id),
        ord integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
        text text NOT NULL, type text NOT NULL, actor_id text COLLATE "C", rule text,
        PRIMARY KEY (doc_id, ord)
      );
      CREATE INDEX mentions_actor ON mentions (actor_id);
      CREATE TABLE messages (
        doc_id text COLLATE "C" NOT NULL REFERENCES documents (doc_id),
        ord integer NOT NULL, stage text NOT NULL, rule text NOT NULL, reason text NOT NULL,
        start integer NOT NULL, "end" integer NOT NULL,
        PRIMARY KEY (doc_id, ord)
      );
    `,
  },
  {
    version: 2,
    name: "actors",
    up: `
      CREATE TABLE actors (
        actor_id text COLLATE "C" PRIMARY KEY,
        name text COLLATE "C" NOT NULL,
        name_norm text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        country text COLLATE "C",
        mention_count integer NOT NULL DEFAULT 0
      );
      CREATE INDEX actors_name_norm ON actors (name_norm);
      CREATE INDEX actors_rank ON actors (mention_count DESC, name);
      CREATE TABLE aliases (
        actor_id text COLLATE "C" NOT NULL REFERENCES actors (actor_id),
        alias text COLLATE "C" NOT NULL,
        alias_norm text COLLATE "C" NOT NULL,
        count integer NOT NULL DEFAULT 0,
        UNIQUE (actor_id, alias)
      );
      CREATE INDEX aliases_norm ON aliases (alias_norm);
      CREATE TABLE roles (
        role_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor_id text COLLATE "C" NOT NULL REFERENCES actors (actor_id),
        title text COLLATE "C" NOT NULL, organization text, country text, sector text,
        start text COLLATE "C", "end" text,
        basis text NOT NULL CHECK (basis IN ('kb', 'text')),
        source text,
        evidence json NOT NULL DEFAULT '[]'
      );
      -- one row per actor + title + organization + start + basis; NULLs compare equal here
      CREATE UNIQUE INDEX roles_identity ON roles (actor_id, title, coalesce(organization, ''), coalesce(start, ''), basis);
    `,
  },
  {
    version: 3,
    name: "events",
    up: `
      CREATE TABLE events (
        event_id text COLLATE "C" PRIMARY KEY,
        merge_key text COLLATE "C" NOT NULL UNIQUE,
        event_type text COLLATE "C" NOT NULL, mode text,
        context json NOT NULL, actors json NOT NULL, recipients json NOT NULL,
        date text COLLATE "C", date_end text, date_basis text NOT NULL, status text NOT NULL,
        location json,
        score double precision NOT NULL, cameo text NOT NULL, goldstein double precision NOT NULL,
        quad text NOT NULL, confidence double precision NOT NULL,
        doc_count integer NOT NULL DEFAULT 0
      );
      CREATE INDEX events_order ON events (date, event_id);
      CREATE INDEX events_type ON events (event_type);
      CREATE TABLE event_mentions (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text COLLATE "C" NOT NULL REFERENCES events (event_id),
        doc_id text COLLATE "C" NOT NULL REFERENCES documents (doc_id),
        sentence integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL,
        text text NOT NULL, rule text NOT NULL,
        UNIQUE (event_id, doc_id, start, "end")
      );
      CREATE INDEX event_mentions_doc ON event_mentions (doc_id, event_id);
      CREATE INDEX event_mentions_event ON event_mentions (event_id, seq);
      CREATE TABLE event_actors (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id text COLLATE "C" NOT NULL REFERENCES events (event_id),
        actor_id text COLLATE "C" NOT NULL,
        country text COLLATE "C",
        side text NOT NULL CHECK (side IN ('actor', 'recipient'))
      );
      CREATE INDEX event_actors_event ON event_actors (event_id, side);
      CREATE INDEX event_actors_actor ON event_actors (actor_id);
      CREATE INDEX event_actors_country ON event_actors (country);
    `,
  },
  ...LATER_MIGRATIONS,
  REPORTS_MIGRATION,
];
