/** Row builders both stores insert with, so their columns cannot drift apart. */
import type { EventRecord } from "../model/records.js";
import type { DocumentBundle } from "./store.js";

/** The columns of a new canonical event row, JSON fields as text: what both stores insert. */
export function eventRow(id: string, mergeKey: string, e: Omit<EventRecord, "mentions">) {
  return {
    event_id: id,
    merge_key: mergeKey,
    event_type: e.event_type,
    mode: e.mode ?? null,
    context: JSON.stringify(e.context ?? []),
    actors: JSON.stringify(e.actors),
    recipients: JSON.stringify(e.recipients),
    date: e.date ?? null,
    date_end: e.date_end ?? null,
    date_basis: e.date_basis,
    status: e.status,
    location: e.location ? JSON.stringify(e.location) : null,
    score: e.score,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad: e.quad,
    confidence: e.confidence,
  };
}

/** The columns of a new document row: what both stores insert. */
export function documentRow(docId: string, bundle: DocumentBundle, ingestedAt: string) {
  const d = bundle.document;
  return {
    doc_id: docId,
    content_hash: d.content_hash,
    origin: d.origin,
    title: d.title ?? null,
    source: d.source ?? null,
    url: d.url ?? null,
    external_id: d.external_id ?? null,
    published_at: d.published_at ?? null,
    date_source: d.date_source ?? null,
    format: d.format,
    language: d.language,
    text: d.text,
    ingested_at: ingestedAt,
    event_count: bundle.events.length,
  };
}
