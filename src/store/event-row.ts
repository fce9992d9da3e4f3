import type { EventRecord } from "../model/records.js";

/** The columns of a new canonical event row, JSON fields as text: what both stores insert. */
export function eventRow(id: string, mergeKey: string, e: EventRecord) {
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
