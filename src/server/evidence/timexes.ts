import { findTimexes } from "../../stages/dates/index.js";
import type { Timex } from "../../stages/dates/types.js";
import type { SentenceRow, StoredDocument } from "../../store/store.js";

const CACHE_SIZE = 64;
const cache = new Map<string, Timex[]>();

/**
 * The time expressions of a stored document. The store keeps entities but not dates, so they are
 * found again with the same finder and publication date as at ingest; a document's text never
 * changes, so the result is cached by document id (the most recent few).
 */
export function documentTimexes(doc: StoredDocument, sentences: readonly SentenceRow[]): Timex[] {
  const hit = cache.get(doc.doc_id);
  if (hit) return hit;
  const found = findTimexes(doc.text, {
    publishedAt: doc.published_at,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
  });
  cache.set(doc.doc_id, found);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return found;
}

/** Whether a time expression's value names the event's date (`2023-06` for `2023-06-18`, or a range holding it). */
export function namesDate(timex: Timex, date: string): boolean {
  const v = timex.value;
  if (v === null) return false;
  if (v.startsWith(date) || date.startsWith(v)) return true;
  const range = timex.range;
  return range !== null && range.start.slice(0, date.length) <= date && date <= range.end.slice(0, date.length);
}
