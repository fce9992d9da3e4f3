import { analyzeDocument } from "../../analyze.js";
import type { EventRecord, TimexRecord } from "../../model/records.js";
import type { DateInterval, EventNote } from "../../store/dating-store.js";
import type { Store, StoredDocument } from "../../store/store.js";
import { attachedTimexes, ownTimexes } from "./attached.js";
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

/**
 * What an undated document was analysed with at ingest (it depends on its text alone), so dating
 * need not run the pipeline again: its time expressions inside event mentions, and per event mention
 * the time expressions the coder attached (dating/attached.ts).
 */
export interface KnownDates {
  timexes: TimexRecord[];
  attached: Record<string, string[]>;
}

/** What dating may reuse from the run that stored the documents. */
export interface DatingOptions {
  /** What the run knows of an undated document; undefined for a document it does not know. */
  knownOf?: (docId: string) => KnownDates | undefined;
}

/** Documents are read a page at a time, so dating a large store keeps memory bounded. */
const PAGE = 500;

/**
 * Infers a publication interval for every undated document from the events it shares with dated
 * articles, stated years and tense; then resolves the relative dates of its own events where the
 * interval pins them. Idempotent: a second run writes the same values.
 *
 * @example for (const r of await inferUndatedDocuments(store)) console.log(r.doc_id, r.interval);
 */
export async function inferUndatedDocuments(store: Store, options: DatingOptions = {}): Promise<DatingResult[]> {
  const results: DatingResult[] = [];
  const anchors = anchorSource(store);
  // dating never changes whether a document has a publication date, so the pages are stable
  for (let cursor: string | null = null; ; ) {
    const page = await store.listUndated(cursor, PAGE);
    const datePage = async () => {
      for (const doc of page.documents) {
        const known = options.knownOf?.(doc.doc_id);
        results.push(await dateDocument(store, doc, known?.timexes, anchors, known?.attached));
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
 * `known` are its time expressions when the caller has them; `anchors` is shared by a whole pass.
 */
export async function dateDocument(
  store: Store,
  doc: StoredDocument,
  known?: TimexRecord[],
  anchors: AnchorSource = anchorSource(store),
  knownAttached?: Record<string, string[]>,
): Promise<DatingResult> {
  const docId = doc.doc_id;
  const all = known ?? analyzeDocument(doc.text, { publishedAt: null }).record.timexes;
  // each event reads the dates the coder ties to it, not every date of its sentence; finding which
  // costs one more analysis, run only for a document with a date inside an event's mention
  let attached: Map<string, Set<string>> | undefined = knownAttached
    ? new Map(Object.entries(knownAttached).map(([k, spans]) => [k, new Set(spans)]))
    : undefined;
  const timexes: Timexes = (e) => {
    const mine = e.mentions.filter((m) => m.doc_id === docId);
    if (!all.some((t) => mine.some((m) => t.start >= m.start && t.end <= m.end))) return [];
    attached ??= attachedTimexes(doc.text);
    return ownTimexes(e, docId, all, attached);
  };
  // this document's mentions only: an event reported by thousands need not bring them all
  const events = (await store.listEvents({ doc: docId, mentionsIn: docId })).filter(
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
