import type { EventRecord } from "../model/records.js";
import type { DocumentEvent, EventJoiner } from "../store/store.js";
import { decideSame, type EventFeatures } from "./dedup/index.js";

/** The features the dedup decision reads from a coded event. */
export function featuresOf(e: EventRecord, docId = ""): EventFeatures {
  const participants = [
    ...new Set([...e.actors, ...e.recipients].map((a) => a.actor_id || a.name.toLowerCase())),
  ].sort();
  const countries = [...new Set([...e.actors, ...e.recipients].map((a) => a.country ?? "").filter(Boolean))].sort();
  // "consult.meet.verb+args.subject-object" → lemma "consult.meet": the trigger concept, whatever its form.
  const concept = (e.mentions[0]?.rule ?? "").split("+")[0]?.split(".").slice(0, 2).join(".") ?? "";
  return {
    id: e.id,
    docId,
    type: e.status === "reported" ? e.event_type : `${e.event_type}:${e.status}`,
    lemma: concept,
    participants,
    countries,
    date: e.date,
    location: e.location?.name ?? null,
    triggerWords: [],
  };
}

/** Two days either side of a day, the date itself otherwise: the window in which reports of one event fall. */
function window(date: string): { from: string; to: string } {
  if (date.length < 10) return { from: date, to: date };
  const day = Date.parse(`${date}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(day - 2 * 86_400_000), to: iso(day + 2 * 86_400_000) };
}

/**
 * Incremental cross-article dedup: each dated event of a new article is compared with the stored
 * canonical events of the same type that share a participant and fall in its date window; the best
 * match the decision procedure accepts (src/corpus/dedup) is the event the report joins. Undated
 * events keep the strict merge key. Pass it to `saveDocument` so the look-ups run inside the write
 * transaction: two articles on one meeting stored at the same moment then still join.
 *
 * @example await store.saveDocument(bundle, { join: joinEvents });
 */
export const joinEvents: EventJoiner = async (events, lookup) => {
  const joined: DocumentEvent[] = [];
  for (const item of events) {
    const e = item.event;
    const first = [...e.actors, ...e.recipients].find((a) => a.actor_id);
    if (!e.date || !first) {
      joined.push(item);
      continue;
    }
    const candidates = await lookup({
      types: [e.event_type],
      actor: first.actor_id,
      ...window(e.date),
      limit: 50,
      mentions: 1, // the decision reads the first mention's rule only
    });
    const mine = featuresOf(e);
    let best: { id: string; score: number } | null = null;
    for (const c of candidates) {
      const d = decideSame(mine, featuresOf(c));
      if (d.same && (!best || d.score > best.score)) best = { id: c.id, score: d.score };
    }
    joined.push(best ? { ...item, join_event_id: best.id } : item);
  }
  return joined;
};
