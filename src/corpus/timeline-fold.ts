import type { EventActor, EventRecord, TimelineEntry } from "../model/records.js";
import { daysBetween } from "./dating/calendar.js";

/** A participant of an entry as folding needs it. */
export interface Side {
  kind: string;
  name: string;
  country: string | null;
  /** A person's office on the event's date ("Head of the International Department …"). */
  role: string | null;
  /** Actor or recipient; a joint event ("Biden and Xi spoke") has actors only. */
  recipient: boolean;
}

/** A timeline entry while it is built: its events' identity, support and places. */
export interface DraftEntry extends TimelineEntry {
  key: string;
  /** Event type and status: what a vaguer report of the same event shares. */
  kind: string;
  /** Its participants (either side) by actor id. */
  sides: Map<string, Side>;
  weight: number;
  places: Set<string>;
  /** The countries of those places: "California" and "San Francisco" are two names in one country. */
  placeCountries: Set<string>;
  /** The modes its events carry (a report may leave the mode out: "talked" for a phone call). */
  modes: Set<string>;
  /** How its date was read: 2 from the text, 1 inferred, 0 a publication day or unknown. */
  dateRank: number;
  /** The weight of the event whose summary the entry shows. */
  best: number;
}

/** What makes two reports one line whatever their date and mode: type, status, participants (either side). */
export function identityKey(e: EventRecord): string {
  return [e.event_type, e.status, [...sidesOf(e).keys()].sort().join("+")].join("|");
}

/** An event's participants (either side) by actor id, or by name when it has none. */
export function sidesOf(e: EventRecord): Map<string, Side> {
  const sides = new Map<string, Side>();
  const put = (a: EventActor, recipient: boolean) =>
    sides.set(a.actor_id || `~${a.name.toLowerCase()}`, {
      kind: a.kind,
      name: a.name,
      country: a.country,
      role: a.role,
      recipient,
    });
  for (const a of e.actors) put(a, false);
  for (const a of e.recipients) put(a, true);
  return sides;
}

/** Dates that name one event: two days apart at most (as the cross-article dedup window), or one inside the other. */
function sameWhen(a: DraftEntry, b: DraftEntry): boolean {
  if (a.date_end || b.date_end) return false;
  if (a.date.length === 10 && b.date.length === 10) return Math.abs(daysBetween(a.date, b.date)) <= 2;
  return a.date.length !== b.date.length && (a.date.startsWith(b.date) || b.date.startsWith(a.date));
}

const agree = (a: Set<string>, b: Set<string>) => a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x));

/**
 * A report dated only to the month and one dated to the day, at two places of one country: one
 * event told at two scales ("met in California in November", "talks in San Francisco on 15
 * November"). Two places on two days stay two stops of a trip.
 */
const sameCountry = (a: DraftEntry, b: DraftEntry) =>
  a.date.length !== b.date.length && [...a.placeCountries].some((c) => b.placeCountries.has(c));

/** `from` folded into `into`: events and documents cited once, support summed, the better-supported line kept. */
function absorb(into: DraftEntry, from: DraftEntry): void {
  for (const id of from.event_ids) if (!into.event_ids.includes(id)) into.event_ids.push(id);
  for (const id of from.doc_ids) if (!into.doc_ids.includes(id)) into.doc_ids.push(id);
  for (const p of from.places) into.places.add(p);
  for (const c of from.placeCountries) into.placeCountries.add(c);
  // on a tie, the line that says more: a mode ("spoke by phone"), a more precise date
  const says = (x: DraftEntry) => x.best * 1e4 + x.modes.size * 100 + x.date.length;
  if (says(from) > says(into)) {
    into.summary = from.summary;
    into.best = from.best;
  }
  for (const m of from.modes) into.modes.add(m);
  // the more precise date wins; between two days, the one read from the text, then the better-supported
  const when = (x: DraftEntry) => [x.date.length, x.dateRank, x.weight] as const;
  const [fl, fr, fw] = when(from);
  const [il, ir, iw] = when(into);
  if (fl > il || (fl === il && (fr > ir || (fr === ir && fw > iw)))) {
    into.date = from.date;
    into.dateRank = from.dateRank;
  }
  into.weight += from.weight;
}

/**
 * Folds entries that are one real event reported with different dates: the same identity, dates
 * within two days or one inside the other ("2023-11" and "2023-11-15"), and no two different
 * places (a month's report may name the country's region: sameCountry) or modes. A coarse date folds only when a single finer entry fits it. Ranges stay apart.
 *
 * @example foldEntries([visitOn18June, visitOn19June]) // one entry citing both, dated as the better-supported
 */
export function foldEntries(entries: DraftEntry[]): DraftEntry[] {
  const out: DraftEntry[] = [];
  // finer dates first, so that a coarse entry meets the entries it could fold into
  const ordered = [...entries].sort((a, b) => b.date.length - a.date.length || b.weight - a.weight);
  for (const e of ordered) {
    const fits = out.filter(
      (o) =>
        o.key === e.key &&
        sameWhen(o, e) &&
        (agree(o.places, e.places) || sameCountry(o, e)) &&
        agree(o.modes, e.modes),
    );
    const coarse = fits.length > 0 && fits.every((o) => o.date.length > e.date.length);
    const target = coarse ? (fits.length === 1 ? fits[0] : undefined) : fits[0];
    if (target) absorb(target, e);
    else out.push(e);
  }
  return out;
}
