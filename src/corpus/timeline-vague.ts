import { daysBetween } from "./dating/calendar.js";
import type { DraftEntry, Side } from "./timeline-fold.js";

const isDay = (d: string | null): d is string => d !== null && d.length === 10;

type Sides = [id: string, side: Side][];

/** Types where either side may be named first ("Xi met Biden", "Biden met Xi"). */
const MUTUAL = new Set(["CONSULT", "AGREE", "COOPERATE"]);

/** Whether `person` belongs to `side`: a country's citizen, or the holder of an office in an organisation. */
function stands(side: [string, Side], person: Side): boolean {
  const [id, s] = side;
  if (person.kind !== "person") return false;
  if (s.kind === "country") return person.country === id;
  return s.kind === "organization" && (person.role ?? "").toLowerCase().includes(s.name.toLowerCase());
}

/** Whether each of `vague`'s participants is one of `named`, or a country or body one of them stands in. */
function covered(vague: Sides, named: Sides): boolean {
  return vague.every((side) => named.some(([n]) => n === side[0]) || named.some(([, n]) => stands(side, n)));
}

/**
 * How many participants `vague` names only by the country (or the body they head) of one of
 * `specific`'s people, when it restates `specific` (0 when it does not): "the United States held
 * talks with China" restates "Sherman held talks with Wang Yi" (2); "Biden discussed … with China"
 * restates "Biden and Xi spoke" (1); "the party's International Department pledged …" restates
 * "Liu Jianchao pledged …" when he heads it (1). Actors face actors and recipients recipients
 * (either way round for a mutual act); a joint event (no recipients) on either side pools them. A
 * named organisation does not stand for its country.
 */
function widening(vague: DraftEntry, specific: DraftEntry): number {
  if (vague.kind !== specific.kind || vague.sides.size === 0) return 0;
  if ([...vague.modes].some((m) => !specific.modes.has(m))) return 0;
  const v = [...vague.sides];
  const s = [...specific.sides];
  const part = (x: Sides, recipient: boolean) => x.filter(([, side]) => side.recipient === recipient);
  const joint = part(v, true).length === 0 || part(s, true).length === 0;
  const fits = joint
    ? covered(v, s)
    : (covered(part(v, false), part(s, false)) && covered(part(v, true), part(s, true))) ||
      (MUTUAL.has(vague.kind.split("|")[0] ?? "") &&
        covered(part(v, false), part(s, true)) &&
        covered(part(v, true), part(s, false)));
  return fits ? v.filter(([id]) => !specific.sides.has(id)).length : 0;
}

/**
 * Whether `vague`'s day falls on `specific`'s days, give or take two; a report dated only by its
 * publication restates an event of up to a week before it ("the talks were candid", said days later).
 */
function sameOccasion(vague: DraftEntry, specific: DraftEntry): boolean {
  if (!isDay(vague.date) || vague.date_end !== null || !isDay(specific.date)) return false;
  const end = isDay(specific.date_end) ? specific.date_end : specific.date;
  const after = vague.dateRank === 0 ? 7 : 2;
  return daysBetween(specific.date, vague.date) >= -2 && daysBetween(end, vague.date) <= after;
}

const placesAgree = (a: DraftEntry, b: DraftEntry) =>
  a.places.size === 0 || b.places.size === 0 || [...a.places].some((p) => b.places.has(p));

/**
 * Folds an entry that names a side only by its country or body into the entry of the same kind, on
 * the same occasion, that names the person who acted: a reader wants the named line once, not a vaguer
 * copy of it. The named line keeps its wording and date; the vague one adds its events, documents
 * and support. Among several such entries the one that widens fewest sides wins; on a tie it is
 * unclear which is meant, and the vague entry stays.
 *
 * @example foldVague([shermanWangTalks, usChinaTalksSameWeek]) // one entry, Sherman's, citing both
 */
export function foldVague(entries: DraftEntry[]): DraftEntry[] {
  const gone = new Set<DraftEntry>();
  const countries = (e: DraftEntry) => [...e.sides.values()].filter((s) => s.kind !== "person").length;
  for (const vague of [...entries].sort((a, b) => countries(b) - countries(a))) {
    const hosts = entries
      .filter((s) => s !== vague && !gone.has(s) && sameOccasion(vague, s) && placesAgree(vague, s))
      .map((s) => ({ s, n: widening(vague, s) }))
      .filter((h) => h.n > 0)
      .sort((a, b) => a.n - b.n);
    const host = hosts.length > 0 && hosts[0]?.n !== hosts[1]?.n ? hosts[0]?.s : undefined;
    if (!host) continue;
    for (const id of vague.event_ids) if (!host.event_ids.includes(id)) host.event_ids.push(id);
    for (const id of vague.doc_ids) if (!host.doc_ids.includes(id)) host.doc_ids.push(id);
    host.weight += vague.weight;
    gone.add(vague);
  }
  return entries.filter((e) => !gone.has(e));
}
