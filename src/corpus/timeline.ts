import type { EventRecord, Timeline } from "../model/records.js";
import { summarize } from "./summarize.js";
import { placePhrase } from "./summary-names.js";
import { type DraftEntry, foldEntries, identityKey, sidesOf } from "./timeline-fold.js";
import { foldOutcomes } from "./timeline-outcome.js";
import { foldVague } from "./timeline-vague.js";

export interface TimelineOptions {
  /** Events under this confidence are left out (default 0.5). */
  minConfidence?: number;
  /** Include planned, hypothetical and negated events (default: reported only). */
  includeAllStatuses?: boolean;
}

const DATE_RANK: Record<string, number> = { stated: 2, relative: 2, inferred: 1 };

/** Salience of an event: documents that report it first, then confidence. */
function support(e: EventRecord): number {
  return e.doc_count * 10 + e.confidence;
}

/**
 * An entry whose shown report names no place, though another report folded into it names the one
 * place it was: the line says where ("held talks" told on the day, "in Singapore" told in the headline).
 */
function namePlace(entry: DraftEntry): DraftEntry {
  const [place, ...more] = entry.places;
  if (!place || more.length > 0 || entry.summary.includes(place)) return entry;
  const where = placePhrase({ name: place, country: null, lat: null, lon: null });
  return { ...entry, summary: `${entry.summary} ${where}` };
}

/**
 * A dated timeline: one entry per real event, ordered by date and, on one date, by support (the
 * documents that report it); each entry cites its events and documents. Reports of one event under
 * different dates or wordings share one line (timeline-fold.ts), which shows the better-supported
 * report's summary and date; a report that names a side only by its country joins the entry that
 * names who acted on the same occasion (timeline-vague.ts), and an agreement joins the line of the
 * meeting it came out of (timeline-outcome.ts). Undated events have no place on a timeline and are left out.
 */
export function buildTimeline(events: Iterable<EventRecord>, options: TimelineOptions = {}): Timeline {
  const min = options.minConfidence ?? 0.5;
  const entries = new Map<string, DraftEntry>();
  for (const e of events) {
    if (!e.date || e.confidence < min) continue;
    if (!options.includeAllStatuses && e.status !== "reported") continue;
    const key = identityKey(e);
    const at = `${key}|${e.mode ?? ""}|${e.date}|${e.date_end ?? ""}`;
    const entry = entries.get(at) ?? {
      key,
      kind: `${e.event_type}|${e.status}`,
      sides: sidesOf(e),
      date: e.date,
      date_end: e.date_end,
      summary: summarize(e),
      event_ids: [],
      doc_ids: [],
      weight: 0,
      places: new Set<string>(),
      placeCountries: new Set<string>(),
      modes: new Set<string>(),
      dateRank: 0,
      best: support(e),
    };
    entry.event_ids.push(e.id);
    for (const m of e.mentions) if (!entry.doc_ids.includes(m.doc_id)) entry.doc_ids.push(m.doc_id);
    if (e.location?.name) entry.places.add(e.location.name);
    if (e.location?.country) entry.placeCountries.add(e.location.country);
    if (e.mode) entry.modes.add(e.mode);
    entry.dateRank = Math.max(entry.dateRank, DATE_RANK[e.date_basis] ?? 0);
    if (support(e) > entry.best) {
      entry.summary = summarize(e);
      entry.best = support(e);
    }
    entry.weight += support(e);
    entries.set(at, entry);
  }
  const sorted = foldOutcomes(foldVague(foldEntries([...entries.values()])).map(namePlace)).sort(
    (a, b) => a.date.localeCompare(b.date) || b.weight - a.weight,
  );
  return {
    entries: sorted.map(({ date, date_end, summary, event_ids, doc_ids }) => ({
      date,
      date_end,
      summary,
      event_ids,
      doc_ids,
    })),
  };
}
