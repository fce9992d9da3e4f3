import { AsyncLocalStorage } from "node:async_hooks";
import type { DocumentBundle, Store } from "../store.js";
import { createActorQueries } from "./actor-queries.js";
import { createDatingQueries } from "./dating-queries.js";
import { createDocumentQueries } from "./document-queries.js";
import { createEventQueries } from "./event-queries.js";
import { createFtsSanitizer } from "./fts.js";
import { createKbQueries } from "./kb-queries.js";
import { currentVersion, migrate } from "./migrate.js";
import { MIGRATIONS } from "./migrations.js";
import { openDatabase } from "./open-db.js";
import { createDatedRegrouper } from "./regroup-dated.js";
import { createRelationsQuery } from "./relations-query.js";
import { createDocumentWriter } from "./save-document.js";
import { createSearch } from "./search.js";
import { createStatementCache } from "./statement-cache.js";
import { writeBatch } from "./write-batch.js";
import { createWriteQueue } from "./write-queue.js";

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

/** An open writeBatch: whether its documents are each atomic, and the first failure of one that is not. */
interface Batch {
  perDocument: boolean;
  failed: { error: unknown } | null;
}

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
  const regroupDated = createDatedRegrouper(db);
  const queue = createWriteQueue();
  const inBatch = new AsyncLocalStorage<Batch>(); // set while a writeBatch of this store runs
  // writes of this process run one after another; inside a batch the batch holds the queue, so its
  // writes go straight into its transaction
  const write = <T>(work: () => T | Promise<T>): Promise<T> =>
    inBatch.getStore() ? Promise.resolve().then(work) : queue(work);
  // a document alone, or in a batch as a savepoint, is atomic on its own; in a batch that is not,
  // a failure condemns the batch
  const saveIn = (batch: Batch | undefined, bundle: DocumentBundle, merge = false) => {
    if (!batch || batch.perDocument) return save(bundle, true, merge);
    try {
      return save(bundle, false, merge);
    } catch (error) {
      batch.failed ??= { error };
      throw error;
    }
  };

  return {
    kind: "sqlite",
    hasDocument: async (hash) => documents.has(hash),
    saveDocument: (bundle, options = {}) => write(() => saveIn(inBatch.getStore(), bundle, options.merge === true)),
    writeBatch: (work, options = {}) =>
      write(() => {
        const open = inBatch.getStore(); // a nested batch joins the open one
        const batch = open ?? { perDocument: options.perDocument ?? true, failed: null };
        return inBatch.run(batch, () =>
          writeBatch(db, async () => {
            const result = await work();
            if (!open && batch.failed) throw batch.failed.error; // part of a document went in: roll all back
            return result;
          }),
        );
      }),
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
    saveKbActors: (entries, source) => write(() => kb.saveKbActors(entries, source)),
    listKbActors: async (filter) => kb.listKbActors(filter),
    saveKbAgents: (entries, source) => write(() => kb.saveKbAgents(entries, source)),
    listKbAgents: async (filter) => kb.listKbAgents(filter),
    listUndated: async (cursor, limit) => documents.undated(cursor, limit),
    setInferredDate: (docId, interval) => write(() => dating.setInferredDate(docId, interval)),
    getInferredDate: async (docId) => dating.getInferredDate(docId),
    setEventDate: (eventId, date, basis) => write(() => dating.setEventDate(eventId, date, basis)),
    regroupDated: (eventIds) => write(() => regroupDated(eventIds)),
    addEventMessage: (eventId, note) => write(() => dating.addEventMessage(eventId, note)),
    getEventMessages: async (eventId) => dating.getEventMessages(eventId),
    listDocumentEvents: async (docIds) => dating.listDocumentEvents(docIds),
    setDatingEvidence: (docId, evidence) => write(() => dating.setDatingEvidence(docId, evidence)),
    schemaVersion: async () => currentVersion(db),
    async close() {
      if (!db.open) return;
      db.pragma("optimize");
      db.close();
    },
  };
}
