import type { EventRecord, Timeline, TimelineEntry } from "../model/records.js";
import { summarize } from "./summarize.js";

export interface TimelineOptions {
  /** Events under this confidence are left out (default 0.5). */
  minConfidence?: number;
  /** Include planned, hypothetical and negated events (default: reported only). */
  includeAllStatuses?: boolean;
}

/** Salience of an event: documents that report it first, then confidence. */
function support(e: EventRecord): number {
  return e.doc_count * 10 + e.confidence;
}

/**
 * A dated timeline: one entry per date and summary line, ordered by date, each citing its events
 * and documents. Undated events have no place on a timeline and are left out.
 */
export function buildTimeline(events: Iterable<EventRecord>, options: TimelineOptions = {}): Timeline {
  const min = options.minConfidence ?? 0.5;
  const entries = new Map<string, TimelineEntry & { weight: number }>();
  for (const e of events) {
    if (!e.date || e.confidence < min) continue;
    if (!options.includeAllStatuses && e.status !== "reported") continue;
    const summary = summarize(e);
    const key = `${e.date}|${e.date_end ?? ""}|${summary}`;
    const entry = entries.get(key) ?? {
      date: e.date,
      date_end: e.date_end,
      summary,
      event_ids: [],
      doc_ids: [],
      weight: 0,
    };
    entry.event_ids.push(e.id);
    for (const m of e.mentions) if (!entry.doc_ids.includes(m.doc_id)) entry.doc_ids.push(m.doc_id);
    entry.weight += support(e);
    entries.set(key, entry);
  }
  const sorted = [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || b.weight - a.weight);
  return { entries: sorted.map(({ weight: _w, ...entry }) => entry) };
}
