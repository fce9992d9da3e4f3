import type { EventActor, EventRecord, QuadClass } from "../../model/records.js";
import type { DocumentMeta } from "./types.js";

/**
 * PLOVER 2.0 JSON, following the manual's chapter "Data Fields" (PLOVER_MANUAL.tex, draft 2.0):
 * table "PLOVER JSON" for the event, "Information object for entities" for `actor`/`recipient`,
 * "Location object" for `event_loc`, "Information object for text" for `text_info` and
 * "Information object for citations" for `cite_info`. Every field the tables name is written;
 * where annals has no value the field is null (the manual: "the field should be left null").
 * The manual allows extra named fields: annals adds `status`, `date_basis`, `cameo`,
 * `goldstein`, `confidence`, `doc_count` and `doc_ids` after the manual's own.
 */
export type PloverRecord = Record<string, unknown>;

/** PLOVER quad codes, in the manual's order: verbal/material cooperation, verbal/material conflict. */
export const QUAD_CODES: Record<QuadClass, number> = {
  verbal_cooperation: 1,
  material_cooperation: 2,
  verbal_conflict: 3,
  material_conflict: 4,
};

/**
 * An entity object: `code` is the country (ISO 3166 alpha-3, or the manual's IGO/UNO/… codes),
 * `identifier_id`/`identifier_text` are annals' own actor id and canonical name.
 *
 * @example ploverEntity(person("wang-yi", "Wang Yi", "CHN")).code // "CHN"
 */
export function ploverEntity(a: EventActor): PloverRecord {
  return {
    code: a.country,
    sector: a.sector,
    entity_text: a.text,
    identifier_id: a.actor_id,
    identifier_text: a.name,
    religion: null,
    ethnicity: null,
    office: a.role,
    gender: null,
    age: null,
  };
}

function location(e: EventRecord): PloverRecord | null {
  const l = e.location;
  if (!l) return null;
  return {
    extracted_place: l.name,
    resolved_place: l.lat !== null ? l.name : null,
    geonameid: null,
    lat: l.lat,
    lon: l.lon,
    city: null,
    district: null,
    province: null,
    country: null,
    country_code: l.country,
    feature_class: null,
    feature_code: null,
    resolution: null,
  };
}

function citeInfo(doc: DocumentMeta | null, docId: string | undefined): PloverRecord | null {
  if (!doc && docId === undefined) return null;
  return {
    corpus: null,
    citation: doc?.doc_id ?? docId ?? null,
    url: doc?.url ?? null,
    title: doc?.title ?? null,
    language: doc?.language ?? null,
    publication: doc?.source ?? null,
    license: null,
    copyright: null,
    coder: "annals",
    codebook: "PLOVER 2.0",
    version: null,
  };
}

/**
 * One event as a PLOVER 2.0 JSON object. `text` stays null (the manual's note 6: only filled when
 * the coder holds the rights to the text); the evidence spans go in `event_text`. Partial dates
 * are written as annals holds them (`2023-06`, `2023`): no day is invented.
 *
 * @example toPlover(eventRecord({ id: "ev_1", date: "2023-06-18" })).event // ["CONSULT"]
 */
export function toPlover(e: EventRecord, doc: DocumentMeta | null = null): PloverRecord {
  const first = e.mentions[0];
  return {
    id: e.id,
    has_event: true,
    date: e.date,
    time: null,
    enddate: e.date_end,
    endtime: null,
    actor: e.actors.map(ploverEntity),
    recipient: e.recipients.map(ploverEntity),
    event: [e.event_type],
    event_loc: location(e),
    event_text: e.mentions.map((m) => m.text),
    quad_code: QUAD_CODES[e.quad] ?? null,
    event_scale: e.score,
    mode: e.mode ? [e.mode] : null,
    context: e.context.length > 0 ? e.context : null,
    link: null,
    text: null,
    text_info: first ? { sequence: first.sentence, start: first.start, end: first.end, text_story: null } : null,
    cite_info: citeInfo(doc, first?.doc_id),
    coder: "annals",
    coded_date: doc?.ingested_at ? doc.ingested_at.slice(0, 10) : null,
    coded_time: null,
    comment: null,
    status: e.status,
    date_basis: e.date_basis,
    cameo: e.cameo,
    goldstein: e.goldstein,
    confidence: e.confidence,
    doc_count: e.doc_count,
    doc_ids: [...new Set(e.mentions.map((m) => m.doc_id))],
  };
}
