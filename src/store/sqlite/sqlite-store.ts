import type { Store } from "../store.js";
import { createActorQueries } from "./actor-queries.js";
import { createDatingQueries } from "./dating-queries.js";
import { createDocumentQueries } from "./document-queries.js";
import { createEventQueries } from "./event-queries.js";
import { createFtsSanitizer } from "./fts.js";
import { createKbQueries } from "./kb-queries.js";
import { currentVersion, migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { createRelationsQuery } from "./relations-query.js";
import { createDocumentWriter } from "./save-document.js";
import { createSearch } from "./search.js";
import { createStatementCache } from "./statement-cache.js";
import { writeBatch } from "./write-batch.js";

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

export interface SqliteStoreOptions {
  /** The clock for `ingested_at` and migration stamps (ISO 8601); defaults to the system clock. */
  now?: () => string;
}

/**
 * Opens (creating and migrating as needed) the embedded SQLite store at `path`; `":memory:"`
 * gives a private in-memory store. Safe for several processes writing the same file.
 *
 * A store written by a newer build (higher schema version) is refused rather than misread.
 * While a `streamEvents` iteration is open the connection is busy: finish or leave it before writing.
 *
 * Ids: a document is `doc_` + 12 hex digits of its content hash; a canonical event is `ev_` +
 * 12 hex digits of SHA-1 of its merge key (see `../ids.ts`).
 *
 * @example const store = await openSqliteStore("annals.db"); await store.countEvents();
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date().toISOString());
  const db = openDatabase(path);
  try {
    const version = migrate(db, MIGRATIONS, now);
    if (version > LATEST) {
      throw new Error(`store ${path} is at schema version ${version}, newer than this build knows (${LATEST})`);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const cache = createStatementCache(db);
  const fts = createFtsSanitizer(db);
  const save = createDocumentWriter(db, now);
  const documents = createDocumentQueries(db, cache, fts);
  const events = createEventQueries(db, cache, fts);
  const actors = createActorQueries(db);
  const search = createSearch(db, fts);
  const relations = createRelationsQuery(cache);
  const kb = createKbQueries(db);
  const dating = createDatingQueries(db);

  return {
    kind: "sqlite",
    hasDocument: async (hash) => documents.has(hash),
    saveDocument: async (bundle) => save(bundle),
    writeBatch: (write) => writeBatch(db, write),
    getDocument: async (docId) => documents.get(docId),
    listDocuments: async (filter = {}) => documents.list(filter),
    countDocuments: async () => documents.count(),
    getSentences: async (docId) => documents.sentences(docId),
    getMentions: async (docId) => documents.mentions(docId),
    getMessages: async (docId) => documents.messages(docId),
    listEvents: async (filter = {}) => events.list(filter),
    async *streamEvents(filter = {}) {
      yield* events.stream(filter);
    },
    getEvent: async (eventId) => events.get(eventId),
    countEvents: async () => events.count(),
    listActors: async (filter = {}) => actors.list(filter),
    findActor: async (nameOrId) => actors.find(nameOrId),
    actorEventCounts: async (actorId) => actors.eventCounts(actorId),
    search: async (query, limit = 20) => search(query, limit),
    relations: async (a, b, by, range) => relations(a, b, by, range),
    saveKbActors: async (entries, source) => kb.saveKbActors(entries, source),
    listKbActors: async (filter) => kb.listKbActors(filter),
    saveKbAgents: async (entries, source) => kb.saveKbAgents(entries, source),
    listKbAgents: async (filter) => kb.listKbAgents(filter),
    setInferredDate: async (docId, interval) => dating.setInferredDate(docId, interval),
    getInferredDate: async (docId) => dating.getInferredDate(docId),
    setEventDate: async (eventId, date, basis) => dating.setEventDate(eventId, date, basis),
    addEventMessage: async (eventId, note) => dating.addEventMessage(eventId, note),
    getEventMessages: async (eventId) => dating.getEventMessages(eventId),
    schemaVersion: async () => currentVersion(db),
    async close() {
      if (!db.open) return;
      db.pragma("optimize");
      db.close();
    },
  };
}
