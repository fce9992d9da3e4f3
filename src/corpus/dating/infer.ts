import { analyzeDocument } from "../../analyze.js";
import type { EventRecord, TimexRecord } from "../../model/records.js";
import type { DateInterval, DatingEvidence, EventNote } from "../../store/dating-store.js";
import type { Store } from "../../store/store.js";
import { attachedFromEvents, ownTimexes } from "./attached.js";
import { pinned, readRelative } from "./calendar.js";
import {
  type AnchorSource,
  anchorSource,
  type EventEvidence,
  eventEvidence,
  findAnchor,
  reportedElsewhere,
  tenseOf,
} from "./evidence.js";

/** The time expressions of the document that belong to an event. */
type Timexes = (e: EventRecord) => TimexRecord[];

/** What dating did for one undated document. */
export interface DatingResult {
  doc_id: string;
  /** The inferred publication interval, null when nothing (or only contradictory evidence) bears on it. */
  interval: DateInterval | null;
  /** Events whose date was resolved inside the interval (basis `inferred`). */
  dated: { event_id: string; date: string }[];
  /** Contradictions noted on canonical events. */
  notes: { event_id: string; note: EventNote }[];
  because: string[];
}

/** Documents are read a page at a time, so dating a large store keeps memory bounded. */
const PAGE = 500;

/**
 * Infers a publication interval for every undated document from the events it shares with dated
 * articles, stated years and tense; then resolves the relative dates of its own events where the
 * interval pins them. Reads each document's dating evidence from the store; one stored without
 * (before schema step 12) is analysed once and its evidence kept. Idempotent: a second run writes
 * the same values.
 *
 * @example for (const r of await inferUndatedDocuments(store)) console.log(r.doc_id, r.interval);
 */
export async function inferUndatedDocuments(store: Store): Promise<DatingResult[]> {
  const results: DatingResult[] = [];
  const anchors = anchorSource(store);
  // dating never changes whether a document has a publication date, so the pages are stable
  for (let cursor: string | null = null; ; ) {
    const page = await store.listUndated(cursor, PAGE);
    // dating a document writes dates only on events no other document reports: the page reads its events once
    const events = await store.listDocumentEvents(page.documents.map((d) => d.doc_id));
    const datePage = async () => {
      for (const doc of page.documents) {
        const evidence = doc.evidence ?? (await analyseForDating(store, doc.doc_id));
        results.push(await dateDocument(store, doc.doc_id, evidence, anchors, events.get(doc.doc_id), doc.inferred));
      }
    };
    await (store.writeBatch ? store.writeBatch(datePage) : datePage()); // a page's dates commit together
    if (page.next === null) break;
    cursor = page.next;
  }
  // once dated, an undated report of an event dated articles report joins them (docs/merging.md)
  await store.regroupDated(results.flatMap((r) => r.dated.map((d) => d.event_id)));
  return results;
}

/** The dating evidence of a document stored without it: its text analysed once more, the result kept. */
async function analyseForDating(store: Store, docId: string): Promise<DatingEvidence> {
  const doc = await store.getDocument(docId);
  if (!doc) throw new Error(`dating: document ${docId} is listed undated but cannot be read`);
  const analysis = analyzeDocument(doc.text, { publishedAt: null, title: doc.title, url: doc.url });
  // every expression, not only those inside this analysis's mentions: the stored events are read
  const evidence = { timexes: analysis.record.timexes, attached: attachedFromEvents(analysis.doc.get("events")) };
  await store.setDatingEvidence(docId, evidence);
  return evidence;
}

/** Bounds on the publication day from every event of a document, anchored where `near` breaks ties. */
async function collect(
  anchors: AnchorSource,
  docId: string,
  events: EventRecord[],
  timexes: Timexes,
  near?: DateInterval,
) {
  const own = new Set(events.map((e) => e.id));
  const evidence = new Map<string, EventEvidence>();
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    const ev = eventEvidence(e, await findAnchor(anchors, e, docId, own, near), timexes(e), docId);
    evidence.set(e.id, ev);
    if (ev.from && (!from || ev.from > from)) from = ev.from;
    if (ev.to && (!to || ev.to < to)) to = ev.to;
  }
  return { from, to, evidence };
}

/**
 * Dates one undated document and writes the result: a first round, then one with its interval.
 * `evidence` is what its analysis said of its dates; `anchors` is shared by a whole pass; `reported`
 * are its events with its own mentions (store.listDocumentEvents), read here when not given; `stored`
 * is the interval stored for it, when known: the same interval is not written again.
 */
export async function dateDocument(
  store: Store,
  docId: string,
  evidence: DatingEvidence,
  anchors: AnchorSource = anchorSource(store),
  reported?: EventRecord[],
  stored?: DateInterval | null,
): Promise<DatingResult> {
  const all = evidence.timexes;
  // each event reads the dates the coder ties to it, not every date of its sentence
  const attached = new Map(Object.entries(evidence.attached).map(([k, spans]) => [k, new Set(spans)]));
  const timexes: Timexes = (e) => {
    const mine = e.mentions.filter((m) => m.doc_id === docId);
    if (!all.some((t) => mine.some((m) => t.start >= m.start && t.end <= m.end))) return [];
    return ownTimexes(e, docId, all, attached);
  };
  // this document's mentions only: an event reported by thousands need not bring them all
  const events = (reported ?? (await store.listDocumentEvents([docId])).get(docId) ?? []).filter(
    (e) => e.status === "reported" || e.status === "future",
  );
  let round = await collect(anchors, docId, events, timexes);
  if (round.from && round.to && round.from <= round.to) round = await collect(anchors, docId, events, timexes, round);
  const result: DatingResult = { doc_id: docId, interval: null, dated: [], notes: [], because: [] };
  let { from, to } = round;
  for (const ev of round.evidence.values()) {
    result.because.push(...ev.because);
    for (const note of ev.notes) {
      if (!ev.anchor) continue;
      await store.addEventMessage(ev.anchor.event_id, note);
      result.notes.push({ event_id: ev.anchor.event_id, note });
    }
  }
  if (from && to && from > to) {
    result.because.push(`contradictory: on or after ${from} and on or before ${to}`);
    from = to = null;
  }
  result.interval = from || to ? { from, to } : null;
  if (stored === undefined || !sameInterval(stored, result.interval))
    await store.setInferredDate(docId, result.interval);
  for (const e of events) {
    const date = resolveEvent(e, docId, timexes(e), result.interval, round.evidence.get(e.id));
    if (!date) continue;
    if (e.date !== date || e.date_basis !== "inferred") await store.setEventDate(e.id, date, "inferred");
    result.dated.push({ event_id: e.id, date });
  }
  return result;
}

/**
 * The date of an event of this document only, still undated (or dated by an earlier run): its first
 * relative expression that the interval pins, or a month or day that names its anchor's month or day.
 */
function resolveEvent(
  e: EventRecord,
  docId: string,
  own: TimexRecord[],
  interval: DateInterval | null,
  ev: EventEvidence | undefined,
): string | null {
  if (e.date !== null && e.date_basis !== "inferred") return null;
  if (reportedElsewhere(e, docId)) return null;
  const tense = tenseOf(e, own);
  const anchor = ev?.anchor?.date ?? null;
  for (const t of own) {
    const rel = readRelative(t.text);
    if (!rel) continue;
    const value = interval?.from && interval.to ? pinned(rel, interval.from, interval.to, tense) : null;
    // the canonical date of the anchor stands against a report that contradicts it
    if (value && (!anchor || anchor.startsWith(value) || value.startsWith(anchor))) return value;
    if (anchor && rel.kind === "month" && rel.month === Number(anchor.slice(5, 7))) return anchor.slice(0, 7);
    if (anchor && rel.kind === "day" && `${rel.month}-${rel.day}` === `${+anchor.slice(5, 7)}-${+anchor.slice(8)}`)
      return anchor;
  }
  return null;
}

function sameInterval(a: DateInterval | null, b: DateInterval | null): boolean {
  return a === null || b === null ? a === b : a.from === b.from && a.to === b.to;
}
