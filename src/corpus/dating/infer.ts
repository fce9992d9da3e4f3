import { analyzeDocument } from "../../analyze.js";
import type { EventRecord, TimexRecord } from "../../model/records.js";
import type { DateInterval, DatingEvidence, EventNote, UndatedDocument } from "../../store/dating-store.js";
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

/** What dating decided for one document, before anything is written. */
export interface DatingDecision {
  result: DatingResult;
  /** Events whose stored date this changes (to the inferred one). */
  writes: { event_id: string; date: string }[];
  /** Evidence analysed for a document stored without it, to keep. */
  evidence?: DatingEvidence;
}

/**
 * Decides a page of undated documents somewhere else (a worker thread with its own connection to
 * the store); null when it cannot, and the page is decided here instead.
 */
export type PageDecider = (documents: UndatedDocument[]) => Promise<DatingDecision[] | null>;

export interface DatingOptions {
  /** Others that decide every other page meanwhile: with one, two pages are decided at once. */
  helpers?: readonly PageDecider[];
  /** Documents read and decided together (default 500). */
  page?: number;
}

/**
 * Infers a publication interval for every undated document from the events it shares with dated
 * articles, stated years and tense; then resolves the relative dates of its own events where the
 * interval pins them. Reads each document's dating evidence from the store; one stored without
 * (before schema step 12) is analysed once and its evidence kept. Idempotent: a second run writes
 * the same values.
 *
 * Deciding a document only reads the store, and what dating writes (inferred dates, notes) is never
 * what a decision reads (dates stated in text, events no other document reports), so pages can be
 * decided in any order and at once: with `helpers`, a round of pages is decided in parallel, then
 * written here in page order, one transaction a page. The result is the same either way.
 *
 * @example for (const r of await inferUndatedDocuments(store)) console.log(r.doc_id, r.interval);
 */
export async function inferUndatedDocuments(store: Store, options: DatingOptions = {}): Promise<DatingResult[]> {
  const results: DatingResult[] = [];
  const anchors = anchorSource(store);
  const here = (documents: UndatedDocument[]) => decidePage(store, documents, anchors);
  const helpers = options.helpers ?? [];
  // dating never changes whether a document has a publication date, so the pages are stable
  for (let cursor: string | null = null, done = false; !done; ) {
    const round: UndatedDocument[][] = [];
    while (!done && round.length <= helpers.length) {
      const page = await store.listUndated(cursor, options.page ?? PAGE);
      round.push(page.documents);
      cursor = page.next;
      done = cursor === null;
    }
    const away = round.slice(1).map((documents, i) => (helpers[i] as PageDecider)(documents));
    const decided = [await here(round[0] ?? [])];
    for (const [i, pending] of away.entries()) decided.push((await pending) ?? (await here(round[i + 1] ?? [])));
    for (const decisions of decided) {
      const write = async () => {
        for (const d of decisions) await applyDecision(store, d);
      };
      await (store.writeBatch ? store.writeBatch(write) : write()); // a page's dates commit together
      results.push(...decisions.map((d) => d.result));
    }
  }
  // once dated, an undated report of an event dated articles report joins them (docs/merging.md)
  await store.regroupDated(results.flatMap((r) => r.dated.map((d) => d.event_id)));
  return results;
}

/** Decides a page of undated documents, reading the store only: its events in two queries, then each. */
export async function decidePage(
  store: Store,
  documents: UndatedDocument[],
  anchors: AnchorSource = anchorSource(store),
): Promise<DatingDecision[]> {
  // dating a document writes dates only on events no other document reports: the page reads its events once
  const events = await store.listDocumentEvents(documents.map((d) => d.doc_id));
  const decisions: DatingDecision[] = [];
  for (const doc of documents) {
    const evidence = doc.evidence ?? (await analyseForDating(store, doc.doc_id));
    const decision = await decideDocument(store, doc.doc_id, evidence, anchors, events.get(doc.doc_id));
    decisions.push(doc.evidence ? decision : { ...decision, evidence });
  }
  return decisions;
}

/** The dating evidence of a document stored without it: its text analysed once more (kept by applyDecision). */
async function analyseForDating(store: Store, docId: string): Promise<DatingEvidence> {
  const doc = await store.getDocument(docId);
  if (!doc) throw new Error(`dating: document ${docId} is listed undated but cannot be read`);
  const analysis = analyzeDocument(doc.text, { publishedAt: null, title: doc.title, url: doc.url });
  // every expression, not only those inside this analysis's mentions: the stored events are read
  return { timexes: analysis.record.timexes, attached: attachedFromEvents(analysis.doc.get("events")) };
}

/** Writes what dating decided for one document: notes on anchors, its interval, its events' dates. */
export async function applyDecision(store: Store, decision: DatingDecision): Promise<void> {
  const { result } = decision;
  if (decision.evidence) await store.setDatingEvidence(result.doc_id, decision.evidence);
  for (const { event_id, note } of result.notes) await store.addEventMessage(event_id, note);
  await store.setInferredDate(result.doc_id, result.interval);
  for (const { event_id, date } of decision.writes) await store.setEventDate(event_id, date, "inferred");
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

/** Dates one undated document and writes the result (decideDocument, then applyDecision). */
export async function dateDocument(
  store: Store,
  docId: string,
  evidence: DatingEvidence,
  anchors: AnchorSource = anchorSource(store),
  reported?: EventRecord[],
): Promise<DatingResult> {
  const decision = await decideDocument(store, docId, evidence, anchors, reported);
  await applyDecision(store, decision);
  return decision.result;
}

/**
 * Decides the dating of one undated document, reading the store only: a first round, then one with
 * its interval. `evidence` is what its analysis said of its dates; `anchors` is shared by a whole
 * pass; `reported` are its events with its own mentions (store.listDocumentEvents), read here when
 * not given.
 */
export async function decideDocument(
  store: Store,
  docId: string,
  evidence: DatingEvidence,
  anchors: AnchorSource = anchorSource(store),
  reported?: EventRecord[],
): Promise<DatingDecision> {
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
      result.notes.push({ event_id: ev.anchor.event_id, note });
    }
  }
  if (from && to && from > to) {
    result.because.push(`contradictory: on or after ${from} and on or before ${to}`);
    from = to = null;
  }
  result.interval = from || to ? { from, to } : null;
  const writes: DatingDecision["writes"] = [];
  for (const e of events) {
    const date = resolveEvent(e, docId, timexes(e), result.interval, round.evidence.get(e.id));
    if (!date) continue;
    if (e.date !== date || e.date_basis !== "inferred") writes.push({ event_id: e.id, date });
    result.dated.push({ event_id: e.id, date });
  }
  return { result, writes };
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
