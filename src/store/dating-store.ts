import type { DateBasis, EventRecord, TimexRecord } from "../model/records.js";

/** A publication date inferred for an undated document: inclusive `YYYY-MM-DD` bounds, either open. */
export interface DateInterval {
  from: string | null;
  to: string | null;
}

/** A note on a canonical event from one report, e.g. a stated date that contradicts the canonical one. */
export interface EventNote {
  doc_id: string;
  rule: string;
  reason: string;
}

/**
 * What dating an undated document reads of its own analysis (it depends on the text alone), kept
 * with the document so that dating never runs the pipeline again: the time expressions inside its
 * event mentions, and per event mention (`start:end:rule`) the spans of those the coder attached.
 */
export interface DatingEvidence {
  timexes: TimexRecord[];
  attached: Record<string, string[]>;
}

/** A document without a publication date: its id and dating evidence (null if stored without: see setDatingEvidence). */
export interface UndatedDocument {
  doc_id: string;
  evidence: DatingEvidence | null;
  /** The interval an earlier dating inferred (getInferredDate), so that an unchanged one is not written again. */
  inferred: DateInterval | null;
}

/**
 * What dating undated documents (src/corpus/dating) reads and writes. All writes are idempotent.
 *
 * @example await store.setInferredDate(docId, { from: "2023-06-15", to: "2023-06-21" });
 */
export interface DatingStore {
  /** Records (or clears, with null) the inferred publication interval of a document. */
  setInferredDate(docId: string, interval: DateInterval | null): Promise<void>;
  getInferredDate(docId: string): Promise<DateInterval | null>;
  /** Sets a canonical event's date and its basis (e.g. `inferred`); the merge key is unchanged. */
  setEventDate(eventId: string, date: string | null, basis: DateBasis): Promise<void>;
  /** Adds a note to an event; the same note twice is stored once. */
  addEventMessage(eventId: string, note: EventNote): Promise<void>;
  getEventMessages(eventId: string): Promise<EventNote[]>;
  /**
   * The canonical events each document reports, each with that document's mentions only (however
   * many others report it), in event order; every id asked for has an entry. What dating reads for
   * a page of undated documents at once.
   */
  listDocumentEvents(docIds: string[]): Promise<Map<string, EventRecord[]>>;
  /** Keeps the dating evidence of a document stored without it (before schema step 12); once is enough. */
  setDatingEvidence(docId: string, evidence: DatingEvidence): Promise<void>;
}

/** An undated document as both stores list it: evidence kept as JSON, and the interval columns. */
export function undatedDocument(
  doc_id: string,
  body: string | null,
  from: string | null,
  to: string | null,
): UndatedDocument {
  return {
    doc_id,
    evidence: body ? JSON.parse(body) : null,
    inferred: from !== null || to !== null ? { from, to } : null,
  };
}
