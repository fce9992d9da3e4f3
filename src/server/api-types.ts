/**
 * The wire contract of `annals serve`: every request parameter and response body of the HTTP JSON
 * API, as TypeScript types. The web UI codes against this file; the server is checked against it by
 * the compiler. Fields may be added, never renamed or dropped.
 *
 * Every body is JSON in UTF-8. An error is `{ "error": "<one line>" }` with a 4xx (or 500) status.
 * Lists are paged: `limit` (default 50, at most 1000) and `offset` (default 0); `next_offset` is the
 * offset of the next page, or null on the last one.
 *
 * @example
 * const page = (await (await fetch("/api/events?dyad=CHN,USA&sort=-date&limit=20")).json()) as EventsPage;
 */
import type { ActorKind, ActorRecord, EventRecord, MessageRecord, Timeline } from "../model/records.js";
import type { DateInterval, EventNote } from "../store/dating-store.js";
import type { MentionRow, Period, RelationsPoint, SearchHit, SentenceRow, StoredDocument } from "../store/store.js";

export type {
  ActorKind,
  ActorRecord,
  DateInterval,
  EventNote,
  EventRecord,
  MentionRow,
  MessageRecord,
  Period,
  RelationsPoint,
  SearchHit,
  SentenceRow,
  StoredDocument,
  Timeline,
};

/** Body of every 4xx/5xx answer. */
export interface ApiError {
  error: string;
}

/** A page of a list. */
export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  /** Offset of the next page, or null when this page is the last. */
  next_offset: number | null;
}

/** `GET /api/health` */
export interface HealthResponse {
  ok: true;
  store: "sqlite" | "postgres";
  documents: number;
  events: number;
}

/** A stored document without its text. */
export type DocumentSummary = Omit<StoredDocument, "text">;

/** `GET /api/documents?limit&offset&q` (`q`: full-text query over the documents). */
export type DocumentsPage = Page<DocumentSummary>;

/** `GET /api/documents/:id` */
export interface DocumentResponse {
  document: StoredDocument;
  sentences: SentenceRow[];
  mentions: MentionRow[];
  messages: MessageRecord[];
  /** Events with a mention in this document, in date order. */
  events: EventRecord[];
  /** Publication interval inferred for an undated document, or null. */
  inferred_date: DateInterval | null;
}

/** Sort orders of `GET /api/events`: by date (undated last), newest first, or most reported first. */
export type EventSort = "date" | "-date" | "support";

/** Event statuses accepted by `status` (comma-separated). */
export type EventStatusParam = EventRecord["status"];

/**
 * Query of `GET /api/events` and `GET /api/timeline` (all optional, all strings on the wire):
 * `actor` (id, name, alias or country code, either side), `dyad=A,B`, `type=CONSULT,MEET` (PLOVER
 * types, also repeatable), `from`/`to` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive), `doc` (a
 * document id), `q` (full-text over the source documents), `status=reported,future` (comma-separated),
 * `limit`, `offset`, `sort` (events only), `all=1` (timeline only: include non-reported statuses).
 */
export interface EventsQuery {
  actor?: string;
  dyad?: string;
  type?: string;
  from?: string;
  to?: string;
  doc?: string;
  q?: string;
  status?: string;
  limit?: string;
  offset?: string;
  sort?: EventSort;
}

/** `GET /api/events?…` */
export type EventsPage = Page<EventRecord>;

/** What an evidence span shows in the source text. */
export type EvidenceKind = "trigger" | "actor" | "recipient" | "date" | "location";

/** `text.slice(start, end) === span.text` in the document it belongs to. */
export interface EvidenceSpan {
  start: number;
  end: number;
  kind: EvidenceKind;
  text: string;
  /** The rule that found the span (trigger rule, entity rule), or null when none was recorded. */
  rule: string | null;
}

/** One source document of an event, with the spans to highlight, sorted by `start`. */
export interface EvidenceDocument {
  doc_id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  text: string;
  spans: EvidenceSpan[];
}

/** `GET /api/events/:id` */
export interface EventResponse {
  event: EventRecord;
  messages: EventNote[];
  documents: EvidenceDocument[];
}

/** `GET /api/actors?q&kind&limit&offset` (`q`: substring of the name or an alias, case-insensitive). */
export type ActorsPage = Page<ActorRecord>;

/** `GET /api/actors/:id` (`:id` is an actor id, a name or an alias, URL-encoded). */
export interface ActorResponse {
  actor: ActorRecord;
  counts: { as_actor: number; as_recipient: number };
  /** Events with this actor on either side, most recent first, at most 50. */
  events: EventRecord[];
}

/** `GET /api/timeline?…` (the filters of events, `limit` caps the events read, `all=1`). */
export interface TimelineResponse extends Timeline {
  /** Every event an entry cites, by id. */
  events: Record<string, EventRecord>;
}

/** A relations point with its net cooperation (cooperation minus conflict share). */
export type RelationsPointNet = RelationsPoint & { net_cooperation: number };

/** `GET /api/relations?a&b&by=day|week|month|year&from&to` (`by` defaults to month). */
export interface RelationsResponse {
  a: string;
  b: string;
  by: Period;
  points: RelationsPointNet[];
}

/** `GET /api/search?q&limit` */
export interface SearchResponse {
  hits: SearchHit[];
}

/** One article of a JSON upload to `POST /api/ingest`. */
export interface IngestArticle {
  text: string;
  title?: string;
  /** Any common date form; `YYYY-MM-DD` is safest. */
  published_at?: string;
  url?: string;
  source?: string;
}

/** JSON body of `POST /api/ingest` (the other form is multipart/form-data with one or more files). */
export interface IngestRequest {
  articles: IngestArticle[];
}

/** `202` answer of `POST /api/ingest`: poll `GET /api/ingest/:job_id`. */
export interface IngestAccepted {
  job_id: string;
}

/** `GET /api/ingest/:job_id`: progress of an upload's ingest. */
export interface IngestJobStatus {
  state: "running" | "done" | "failed";
  /** Articles read so far. */
  read: number;
  stored: number;
  duplicates: number;
  /** Inputs not stored, with a stable `code` (`no-text`, `too-large`, `unsupported`, …) and why. */
  rejected: { origin: string; code: string; reason: string }[];
  events: number;
  /** Bytes of article text read so far. */
  bytes: number;
  /** Bytes uploaded (an upper bound of `bytes`), or null when unknown. */
  total_bytes: number | null;
  /** Why the job failed, when `state` is `failed`. */
  error?: string;
}
