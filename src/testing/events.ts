import type { EventActor, EventRecord } from "../model/records.js";

/** A person as an event saw them. */
export function person(actor_id: string, name: string, country: string | null, role: string | null = null): EventActor {
  return { actor_id, name, kind: "person", country, sector: "GOV", role, text: name };
}

/** A country as an event saw it (its ISO-3 code is its id). */
export function country(actor_id: string, name: string): EventActor {
  return { actor_id, name, kind: "country", country: actor_id, sector: "GOV", role: null, text: name };
}

/**
 * An event record written by hand for corpus tests: a reported CONSULT with no participants,
 * date or evidence until the fields say otherwise.
 */
export function eventRecord(fields: Partial<EventRecord> = {}): EventRecord {
  return {
    id: "",
    event_type: "CONSULT",
    mode: null,
    context: [],
    actors: [],
    recipients: [],
    date: null,
    date_end: null,
    date_basis: "unknown",
    status: "reported",
    location: null,
    score: 1,
    cameo: "040",
    goldstein: 1,
    quad: "verbal_cooperation",
    confidence: 0.8,
    doc_count: 1,
    mentions: [],
    ...fields,
  };
}

/** Evidence from one document, for the `mentions` of a hand-made event. */
export function mentionIn(doc_id: string, text = "Wang Yi met Antony Blinken.") {
  return { doc_id, sentence: 0, start: 0, end: text.length, text, rule: "test" };
}
