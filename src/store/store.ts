import type { ActorKind, ActorRecord, EventRecord, MessageRecord, RoleRecord } from "../model/records.js";
import type { DatingEvidence, DatingStore, UndatedDocument } from "./dating-store.js";
import type { KbStore } from "./kb-store.js";
import type { PackedParts } from "./packed-layers.js";

/** A document as stored: the text never changes after ingest, so mention offsets stay valid. */
export interface StoredDocument {
  doc_id: string;
  content_hash: string;
  origin: string;
  title: string | null;
  source: string | null;
  url: string | null;
  external_id: string | null;
  /** `YYYY-MM-DD` or null when undated. */
  published_at: string | null;
  date_source: string | null;
  format: string;
  language: string;
  text: string;
  ingested_at: string;
  event_count: number;
}

export interface SentenceRow {
  index: number;
  start: number;
  end: number;
}

export interface MentionRow {
  start: number;
  end: number;
  text: string;
  type: string;
  actor_id: string | null;
  rule: string | null;
}

/** An actor seen in a document, with the surface forms that resolved to it and the roles read. */
export interface ActorObservation {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** Surface forms in this document, each counted once per mention. */
  aliases: { alias: string; count: number }[];
  roles: RoleRecord[];
  /** Mentions of this actor in this document. */
  mention_count: number;
}

/**
 * An event coded in one document, before it joins the corpus. `merge_key` says which
 * canonical event it is (same key, same real-world event); the store keeps every mention.
 */
export interface DocumentEvent {
  merge_key: string;
  event: EventRecord;
}

/** Everything one analysed article adds to the store, written in one transaction. */
export interface DocumentBundle {
  document: Omit<StoredDocument, "doc_id" | "ingested_at" | "event_count">;
  sentences: SentenceRow[];
  mentions: MentionRow[];
  actors: ActorObservation[];
  events: DocumentEvent[];
  messages: MessageRecord[];
  /** An undated document's dating evidence, kept with it for dating (src/corpus/dating). */
  dating?: DatingEvidence;
  /**
   * The same layers and dating evidence already packed (packParts), when the thread that analysed
   * the document did it: a store that keeps them packed writes these instead of packing again.
   */
  packed?: PackedParts;
}

export interface SaveOptions {
  /**
   * Merges the bundle's events across articles by regrouping the stored reports they touch, inside
   * the write transaction (docs/merging.md): the events are then a function of the set of stored
   * documents, whatever order they came in. Without it, an event merges only into the stored event
   * of the same merge key, and its report is not recorded for later merges.
   */
  merge?: boolean;
}

/** How a batch of writes (Store.writeBatch) holds together. */
export interface BatchOptions {
  /**
   * False: the batch commits or rolls back whole, its documents are not each atomic on their own,
   * and a failed save rolls the whole batch back, even if the caller catches it. Cheaper (no
   * savepoint per document), for a writer that gives up on a batch at its first failure anyway.
   * Default true.
   */
  perDocument?: boolean;
}

export interface SaveResult {
  doc_id: string;
  /** False when a document with the same content hash was already stored (nothing written). */
  created: boolean;
}

/** The orders a store lists events in (see `EventFilter.order`). */
export type EventOrder = "date" | "-date" | "support";

export interface EventFilter {
  /** Actor id, or a name/alias (case-insensitive), or a country code: matches either side. */
  actor?: string;
  /** Two actors or country codes; matches events with one on each side (either direction). */
  dyad?: [string, string];
  /** PLOVER event type(s), e.g. CONSULT. */
  types?: string[];
  /** Inclusive bounds on the event date, compared at the event's precision. */
  from?: string;
  to?: string;
  /** Only events with a mention in this document. */
  doc?: string;
  /** Full-text query over the documents the events stand on. */
  text?: string;
  limit?: number;
  offset?: number;
  /**
   * `date` (default): by date, undated last, then id. `-date`: most recent first, undated last,
   * then id. `support`: reported by the most documents
   * first, then the most confident, then the most recent (undated last), then id.
   */
  order?: EventOrder;
  /**
   * At most this many mentions per event, the first ones, for callers that read only an event's
   * fields (dating). A hint: a store may return them all.
   */
  mentions?: number;
}

export interface DocumentFilter {
  limit?: number;
  offset?: number;
  /** Full-text query (FTS5 syntax on SQLite, `websearch_to_tsquery` syntax on PostgreSQL). */
  text?: string;
}

export interface SearchHit {
  doc_id: string;
  title: string | null;
  snippet: string;
}

/** One row of a relations series: events between two sides in one period. */
export interface RelationsPoint {
  period: string;
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
  total: number;
  mean_score: number;
  event_ids: string[];
}

export type Period = "day" | "week" | "month" | "year";

/**
 * What a relations series reads: a date range compared as `from`/`to`, and which events count. By
 * default only events that happened (status `reported`): a planned, hypothetical or negated act
 * says nothing about how two sides dealt with each other in that period. `allStatuses` counts them too.
 */
export interface RelationsOptions {
  from?: string;
  to?: string;
  allStatuses?: boolean;
}

/**
 * The store seam. Every implementation (SQLite, PostgreSQL) passes the one contract
 * suite in `contract.ts`. Writes are idempotent by content hash and atomic per document: a crash
 * leaves each document either fully stored or absent.
 */
export interface Store extends KbStore, DatingStore {
  /** Which backend this is, for messages: `sqlite` or `postgres`. */
  readonly kind: string;
  hasDocument(contentHash: string): Promise<boolean>;
  /** Stores one document in one transaction; with `options.merge`, its events are merged across articles inside it. */
  saveDocument(bundle: DocumentBundle, options?: SaveOptions): Promise<SaveResult>;
  /**
   * Runs `write` with the writes it makes grouped in one transaction, so a batch of documents
   * commits once: each `saveDocument` inside stays atomic on its own (it fails or succeeds whole),
   * and a crash loses at most the batch's documents, never part of one, so a run resumes by
   * content hash. Not re-entrant: one batch at a time per store. Optional: a store without it
   * commits each document alone.
   *
   * @example await store.writeBatch?.(async () => { for (const b of bundles) await store.saveDocument(b); });
   */
  writeBatch?<T>(write: () => Promise<T>, options?: BatchOptions): Promise<T>;
  getDocument(docId: string): Promise<StoredDocument | null>;
  listDocuments(filter?: DocumentFilter): Promise<StoredDocument[]>;
  /**
   * A page of the documents without a publication date, after `cursor` (null: from the start), in
   * an order the store keeps stable (SQLite: storing order, so a pass reads the table front to back;
   * PostgreSQL: by id). `next` is the cursor of the following page, null after the last.
   */
  listUndated(cursor: string | null, limit: number): Promise<{ documents: UndatedDocument[]; next: string | null }>;
  countDocuments(): Promise<number>;
  getSentences(docId: string): Promise<SentenceRow[]>;
  getMentions(docId: string): Promise<MentionRow[]>;
  getMessages(docId: string): Promise<MessageRecord[]>;
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;
  /** Streams every canonical event in date order, whatever the store's size. */
  streamEvents(filter?: EventFilter): AsyncIterable<EventRecord>;
  getEvent(eventId: string): Promise<EventRecord | null>;
  countEvents(): Promise<number>;
  listActors(filter?: { limit?: number; offset?: number; kind?: ActorKind }): Promise<ActorRecord[]>;
  /** By id, exact name or alias (case-insensitive). */
  findActor(nameOrId: string): Promise<ActorRecord | null>;
  /** Count of events an actor takes part in, by side. */
  actorEventCounts(actorId: string): Promise<{ as_actor: number; as_recipient: number }>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Counts the events that happened (status `reported`) unless `options.allStatuses`. */
  relations(a: string, b: string, by: Period, options?: RelationsOptions): Promise<RelationsPoint[]>;
  /**
   * Regroups events whose undated reports dating dated (`setEventDate`) with the stored reports they
   * may now link to at that date, as a save regroups (docs/merging.md): an undated report of an event
   * dated articles report joins them. Ids no longer stored are skipped; a second call changes nothing.
   */
  regroupDated(eventIds: string[]): Promise<void>;
  /** The schema version the store is at after its migrations ran. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
