import { packed } from "../../model/packed.js";
import type { EventActor, EventRecord } from "../../model/records.js";
import type { EventFeatures } from "./features.js";

/** A report's event as stored: the coded event without its mentions, which the store keeps apart. */
export type ReportEvent = Omit<EventRecord, "id" | "doc_count" | "mentions"> & {
  /** The rule of the first mention: the trigger concept the dedup decision compares. */
  rule: string;
  /**
   * Whether the report has a mention in its document. The mentions themselves (offsets, text) are
   * kept apart: copies of one report in different documents store one text.
   */
  has_mentions: boolean;
  /** A date the event was given later for an undated report (dating undated documents), and its basis. */
  inferred?: string | null;
  inferred_basis?: EventRecord["date_basis"];
};

/**
 * One document's report of an event, as that document coded it: the unit cross-article merging
 * works on. A canonical event is a set of reports, and its fields are computed from them alone.
 */
export interface Report {
  doc_id: string;
  /** Index of the event in its document's coding (negative for reports read back from an older store). */
  ord: number;
  merge_key: string;
  event: ReportEvent;
  /**
   * How many reports this one stands for: a store reads copies with one text back as one, keyed by
   * the first of them (`doc_id`, `ord`). Default 1.
   */
  weight?: number;
  /**
   * The documents of the reports it stands for; default `[doc_id]`. A store reading back a row that
   * stands for many copies gives none, and says what the documents are needed for instead:
   * `mentioned` and `apart`.
   */
  docs?: string[];
  /** How many of those documents have a mention in it, when `docs` does not list them. */
  mentioned?: number;
  /** Merge keys some document coded beside this one's (same compared type): two events, never one. */
  apart?: string[];
}

/** The documents of a report, or of the copies it stands for. */
export const docsOf = (r: Report): string[] => r.docs ?? [r.doc_id];

/**
 * How many documents report a set of reports with a mention: those a stored row counts, and the
 * distinct documents of the others.
 */
export function mentionedDocs(reports: Report[]): number {
  const docs = new Set<string>();
  let counted = 0;
  for (const r of reports) {
    if (r.mentioned !== undefined) counted += r.mentioned;
    else if (r.event.has_mentions) for (const d of docsOf(r)) docs.add(d);
  }
  return counted + docs.size;
}

/** The stored form of a coded event (see ReportEvent). */
export function reportEvent(e: EventRecord): ReportEvent {
  const { id: _id, doc_count: _count, mentions, ...fields } = e;
  // added to the copy, not spread into another: a spread object given new fields gets a hidden class
  // of its own, and every report would be a new shape to the merging loops (docs/performance.md)
  return Object.assign(fields, { rule: mentions[0]?.rule ?? "", has_mentions: mentions.length > 0 });
}

/** Reports in their canonical order: by document id, then by index in the document. */
export function compareReports(a: Report, b: Report): number {
  return a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.ord - b.ord;
}

/** The type two reports must share to be compared: the PLOVER type, and the status when not reported. */
export function matchType(e: Pick<EventRecord, "event_type" | "status">): string {
  return e.status === "reported" ? e.event_type : `${e.event_type}:${e.status}`;
}

/** The resolved actors of a report: what a candidate must share with it. */
export function actorIds(e: Pick<EventRecord, "actors" | "recipients">): string[] {
  return [...new Set(packed([...e.actors, ...e.recipients], (a) => a.actor_id).filter(Boolean))].sort();
}

/** The key a participant is compared by: its id, else its name. */
export const participantKey = (a: EventActor): string => a.actor_id || a.name.toLowerCase();

const featureCache = new WeakMap<ReportEvent, EventFeatures>();

/**
 * The features the pairwise dedup decision (decide.ts) reads from a report's event, computed once
 * per event object: reports read back with one text share one object (see `parseReport`).
 */
export function eventFeatures(e: ReportEvent): EventFeatures {
  const cached = featureCache.get(e);
  if (cached) return cached;
  const all = [...e.actors, ...e.recipients];
  const features = {
    id: "",
    docId: "",
    type: matchType(e),
    // "consult.meet.verb+args.subject-object" → "consult.meet": the trigger concept, whatever its form
    lemma: (e.rule.split("+")[0] ?? "").split(".").slice(0, 2).join("."),
    participants: [...new Set(packed(all, participantKey))].sort(),
    countries: [...new Set(packed(all, (a) => a.country ?? "").filter(Boolean))].sort(),
    date: e.date,
    location: e.location?.name ?? null,
    triggerWords: [],
  };
  featureCache.set(e, features);
  return features;
}

/**
 * The features the pairwise decision reads from a coded event under its own id: those of the report
 * it would be stored as (dating compares an undated document's events with stored ones this way).
 */
export function featuresOf(e: EventRecord): EventFeatures {
  return { ...eventFeatures(reportEvent(e)), id: e.id };
}

const parsed = new Map<string, ReportEvent>();
const texts = new WeakMap<ReportEvent, string>();

/**
 * A stored report's event from its JSON text, one object per distinct text while the process
 * remembers it: copies of one wire story read back as one object, weighed once (`distinctEvents`).
 */
export function parseReport(text: string): ReportEvent {
  let e = parsed.get(text);
  if (!e) {
    if (parsed.size >= 20_000) parsed.clear();
    e = JSON.parse(text) as ReportEvent;
    parsed.set(text, e);
    texts.set(e, text);
  }
  return e;
}

/**
 * A new report's event as stored, the same object as a stored copy with the same text (so copies
 * of one story weigh as one report event, `distinctEvents`).
 */
export function newReportEvent(e: EventRecord): ReportEvent {
  return parseReport(JSON.stringify(reportEvent(e)));
}

/** The JSON text a report's event is stored as. */
export function reportText(e: ReportEvent): string {
  return texts.get(e) ?? JSON.stringify(e);
}

/** The distinct event objects of reports, in the order they first come, each with how many reports give it. */
export function distinctEvents(reports: Report[]): { event: ReportEvent; weight: number }[] {
  const byEvent = new Map<ReportEvent, { event: ReportEvent; weight: number }>();
  for (const r of reports) {
    const seen = byEvent.get(r.event);
    if (seen) seen.weight += r.weight ?? 1;
    else byEvent.set(r.event, { event: r.event, weight: r.weight ?? 1 });
  }
  return [...byEvent.values()];
}

/**
 * The value given by the most weight, ties to the smallest; null when none is given.
 * @example mostCommon(["b", "a", "b"]) // "b"
 * @example mostCommon(["b", "a"], [1, 2]) // "a"
 */
export function mostCommon(values: (string | null)[], weights?: number[]): string | null {
  const counts = new Map<string, number>();
  values.forEach((v, i) => {
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + (weights?.[i] ?? 1));
  });
  let best: string | null = null;
  let most = 0;
  for (const [v, n] of counts) if (n > most || (n === most && best !== null && v < best)) [best, most] = [v, n];
  return best;
}
