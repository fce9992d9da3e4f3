import pg from "pg";
import type { Store } from "../store.js";
import { createActorQueries } from "./actor-queries.js";
import { createDatingQueries } from "./dating-queries.js";
import { createDocumentQueries } from "./document-queries.js";
import { countEvents, getEvent, listEvents } from "./event-queries.js";
import { streamEvents } from "./event-stream.js";
import { createKbQueries } from "./kb-queries.js";
import { migratePostgres, pgSchemaVersion } from "./migrate.js";
import { redactUrl } from "./redact.js";
import { regroupDated } from "./regroup-dated.js";
import { relations } from "./relations-query.js";
import { createPgDocumentWriter } from "./save-document.js";
import { search } from "./search.js";

export interface PostgresStoreOptions {
  /** The clock for `ingested_at` (ISO 8601); defaults to the system clock. */
  now?: () => string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/**
 * Opens the store in the PostgreSQL database at `url` (`postgres://user:password@host:5432/db`),
 * creating and migrating its tables as needed. Safe for any number of processes on any hosts:
 * document writes queue on an advisory lock, reads never wait. A database at a newer schema
 * version than this build knows is refused. Errors never repeat the URL's password.
 *
 * Ids, merge rules and orders are those of the SQLite store (`../ids.ts`, `../merge-event.ts`).
 *
 * @example const store = await openPostgresStore("postgres://annals@localhost/annals"); await store.countEvents();
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date().toISOString());
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4 });
  pool.on("error", () => {}); // an idle connection dropped by the server: the next query reconnects
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    const message = redactUrl(error instanceof Error ? error.message : String(error), url);
    throw new Error(`PostgreSQL store ${redactUrl(url, url)}: ${message}`, { cause: error });
  }
  const save = createPgDocumentWriter(pool, now);
  const documents = createDocumentQueries(pool);
  const actors = createActorQueries(pool);
  let closed = false;

  return {
    kind: "postgres",
    hasDocument: (hash) => documents.has(hash),
    saveDocument: (bundle, saveOptions) => save(bundle, saveOptions),
    getDocument: (docId) => documents.get(docId),
    listDocuments: (filter = {}) => documents.list(filter),
    countDocuments: () => documents.count(),
    listUndated: (cursor, limit) => documents.undated(cursor, limit),
    getSentences: (docId) => documents.sentences(docId),
    getMentions: (docId) => documents.mentions(docId),
    getMessages: (docId) => documents.messages(docId),
    listEvents: (filter = {}) => listEvents(pool, filter),
    streamEvents: (filter = {}) => streamEvents(pool, filter),
    getEvent: (eventId) => getEvent(pool, eventId),
    countEvents: () => countEvents(pool),
    listActors: (filter = {}) => actors.list(filter),
    findActor: (nameOrId) => actors.find(nameOrId),
    actorEventCounts: (actorId) => actors.eventCounts(actorId),
    search: (query, limit = 20) => search(pool, query, limit),
    relations: (a, b, by, range) => relations(pool, a, b, by, range),
    ...createKbQueries(pool),
    ...createDatingQueries(pool),
    regroupDated: (eventIds) => regroupDated(pool, eventIds),
    schemaVersion: () => pgSchemaVersion(pool),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
