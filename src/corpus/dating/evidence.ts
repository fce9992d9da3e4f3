import type { EventRecord, TimexRecord } from "../../model/records.js";
import type { DateInterval, EventNote } from "../../store/dating-store.js";
import type { Store } from "../../store/store.js";
import { decideSame } from "../dedup/index.js";
import { featuresOf } from "../dedup/reports.js";
import { happeningType } from "./announced.js";
import { addDays, addMonths, looksAhead, readRelative, weekdayOf } from "./calendar.js";

/** What one event of an undated document says about the document's publication day. */
export interface EventEvidence {
  /** The day-precise canonical date of the same event reported by dated articles, if one fits. */
  anchor: { event_id: string; date: string } | null;
  /** Inclusive bounds on the publication day; null when this event gives none. */
  from: string | null;
  to: string | null;
  /** Contradictions, to be noted on the anchor event. */
  notes: EventNote[];
  /** Why, in words, for the report. */
  because: string[];
}

/** The participants of an event as the merge key names them, sorted. */
export function participants(e: EventRecord): string {
  const ids = [...e.actors, ...e.recipients].map((a) => a.actor_id || `~${a.name.toLowerCase()}`);
  return [...new Set(ids)].sort().join("+");
}

/**
 * Whether another document reports `e`, an event of `docId`: `doc_count` counts the documents with a
 * mention, so it answers even when only this document's mentions were read.
 */
export function reportedElsewhere(e: EventRecord, docId: string): boolean {
  return e.doc_count > 1 || e.mentions.some((m) => m.doc_id !== docId);
}

/** Dated, reported canonical events of a type with a participant: where findAnchor looks. */
export type AnchorSource = (type: string, actorId: string) => Promise<EventRecord[]>;

/** Shapes of candidates remembered by one dating pass, at most; past this the memory starts afresh. */
const REMEMBERED = 1000;

/**
 * The candidates of `store` for findAnchor, remembered for one dating pass: dating writes inferred
 * dates only, never the stated or relative ones candidates are chosen by, so a pass reads each once.
 */
export function anchorSource(store: Store): AnchorSource {
  const seen = new Map<string, Promise<EventRecord[]>>();
  return (type, actorId) => {
    const key = `${type}\u0000${actorId}`;
    let found = seen.get(key);
    if (!found) {
      if (seen.size >= REMEMBERED) seen.clear();
      // only dated events can anchor; they come first in the store's order, so the bound keeps the same 500
      found = store
        .listEvents({ types: [type], actor: actorId, from: "0001", limit: 500, mentions: 1 })
        .then((events) => events.filter((c) => c.status === "reported" && datedFromText(c.date, c.date_basis)));
      seen.set(key, found);
    }
    return found;
  };
}

/** A day-precise date read from the text; an event dated by its article's publication day is too loose. */
function datedFromText(d: string | null, basis: string): d is string {
  return d?.length === 10 && (basis === "stated" || basis === "relative");
}

/**
 * The dated report of the same event: the event itself when dated articles already merged into it,
 * else, among reported canonical events of the same type and participants (dated from their text,
 * not this document's, not a dyad of countries alone), those the dedup decision finds the same and
 * scores best, if they share one date; on a tie, `near` (the interval the other events give) keeps
 * those dated in its week. Several different dates: no anchor.
 *
 * @example await findAnchor(anchorSource(store), undatedMeeting, docId, own) // { event_id: "ev_…", date: "2023-06-15" }
 */
export async function findAnchor(
  source: AnchorSource,
  e: EventRecord,
  docId: string,
  own: Set<string>,
  near?: DateInterval,
) {
  if (datedFromText(e.date, e.date_basis) && reportedElsewhere(e, docId)) return { event_id: e.id, date: e.date };
  const first = [...e.actors, ...e.recipients].find((a) => a.actor_id);
  // a dyad of countries alone ("the US and China held talks") names no one event
  if (!first || [...e.actors, ...e.recipients].every((a) => /^[A-Z]{3}$/.test(a.actor_id))) return null;
  const key = participants(e);
  // candidates share every participant: ask for one that is not a country, whose code matches far more
  const term = [...e.actors, ...e.recipients].find((a) => a.actor_id && !/^[A-Z]{3}$/.test(a.actor_id)) ?? first;
  // a planned meeting (AGREE) is reported, once held, as the meeting (CONSULT)
  const type = happeningType(e);
  const found = (await source(type, term.actor_id)).filter((c) => !own.has(c.id) && participants(c) === key);
  if (found.length === 0) return null; // most events: no need to read this one's features
  // rank by the cross-article decision (src/corpus/dedup), the date left out: lemma, location, participants
  // a future report may announce a reported event; a date this pass inferred is no evidence of sameness
  const mine = featuresOf({
    ...e,
    event_type: type,
    status: "reported",
    ...(e.date_basis === "inferred" ? { date: null } : {}),
  });
  const scored = found
    .map((c) => ({ c, d: decideSame(mine, featuresOf(c)) }))
    .filter((x) => x.d.same)
    .sort((a, b) => b.d.score - a.d.score);
  // the same event on different days, whatever the scores: one report announces either, so the best
  // score alone does not date it ("talks with Wang Yi tomorrow" fits June's talks and October's)
  let best = scored.map((x) => x.c);
  // a tie between dates: an interval known from the other events keeps those of its week
  if (near?.from && near.to) {
    const [lo, hi] = [addDays(near.from, -7), near.to];
    if (new Set(best.map((c) => c.date)).size > 1) best = best.filter((c) => c.date && c.date >= lo && c.date <= hi);
  }
  const hit = best[0];
  return new Set(best.map((c) => c.date)).size === 1 && hit?.date ? { event_id: hit.id, date: hit.date } : null;
}

/**
 * Reads the evidence of one event: tense against its anchor (a reported event was published on or
 * after it, a future one before it), a weekday or `yesterday` naming the anchor day (published within
 * the week after it), stated dates with a year; a stated day and month that differs from the anchor
 * is a contradiction.
 *
 * @example eventEvidence(meeting, anchor15June, [{ text: "Thursday", ... }], docId) // from 2023-06-15, to 2023-06-21
 */
export function eventEvidence(
  e: EventRecord,
  anchor: EventEvidence["anchor"],
  timexes: TimexRecord[],
  docId: string,
): EventEvidence {
  const ev: EventEvidence = { anchor, from: null, to: null, notes: [], because: [] };
  const past = tenseOf(e, timexes) === "reported";
  const lower = (d: string, why: string) => {
    if (!ev.from || d > ev.from) ev.from = d;
    ev.because.push(`on or after ${d}: ${why}`);
  };
  const upper = (d: string, why: string) => {
    if (!ev.to || d < ev.to) ev.to = d;
    ev.because.push(`on or before ${d}: ${why}`);
  };
  if (anchor && past) lower(anchor.date, `reports ${anchor.event_id} of ${anchor.date}`);
  if (anchor && !past) upper(addDays(anchor.date, -1), `announces ${anchor.event_id} of ${anchor.date}`);
  for (const t of timexes) {
    if (t.basis === "stated" && t.value && /^\d{4}(-\d\d){0,2}$/.test(t.value)) {
      if (past) lower(startOf(t.value), `reports an event of "${t.text}"`);
      else upper(endOf(t.value), `announces an event of "${t.text}"`);
      continue;
    }
    const rel = readRelative(t.text);
    if (!anchor || !rel) continue;
    const a = anchor.date;
    if (rel.kind === "weekday" && rel.weekday === weekdayOf(a)) {
      if (past) upper(addDays(a, 6), `"${t.text}" names ${a} within the past week`);
      else lower(addDays(a, -6), `"${t.text}" names ${a} within the coming week`);
    } else if (rel.kind === "months" && a.length === 10) {
      const month = addMonths(a.slice(0, 7), -rel.months);
      lower(`${month}-01`, `"${t.text}" names the month of ${a}`);
      upper(addDays(`${addMonths(month, 1)}-01`, -1), `"${t.text}" names the month of ${a}`);
    } else if (rel.kind === "offset") {
      lower(addDays(a, -rel.days), `"${t.text}" names ${a}`);
      upper(addDays(a, -rel.days), `"${t.text}" names ${a}`);
    } else if (rel.kind === "day" && rel.month * 100 + rel.day !== Number(a.slice(5, 7)) * 100 + Number(a.slice(8))) {
      const reason = `report dates this event "${t.text}", the canonical date is ${a}`;
      ev.notes.push({ doc_id: docId, rule: "dating.contradiction", reason });
    }
  }
  return ev;
}

function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function endOf(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return addDays(`${addDays(`${value}-28`, 4).slice(0, 7)}-01`, -1);
  return value;
}

/** A reported event whose own time expression looks ahead (`a meeting … next month`) is announced. */
export function tenseOf(e: EventRecord, timexes: TimexRecord[]): "reported" | "future" {
  return e.status === "future" || timexes.some((t) => looksAhead(t.text)) ? "future" : "reported";
}
