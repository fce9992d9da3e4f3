import type { DateBasis } from "../model/records.js";

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
}
