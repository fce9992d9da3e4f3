import { packed } from "../../model/packed.js";
import type { EventActor } from "../../model/records.js";
import { decideSame } from "./decide.js";
import { compatible, dayConflict, type EventFeatures, precisionOf, rank } from "./features.js";
import { actorIds, compareReports, distinctEvents, docsOf, eventFeatures, mostCommon, type Report } from "./reports.js";

/**
 * The reports of one merge key (same type, participants, date and status): always one event, so
 * the unit clustering places. Its features are those its reports give most often.
 */
export interface Atom {
  merge_key: string;
  /** In canonical order (compareReports). */
  reports: Report[];
  features: EventFeatures;
  actors: string[];
  /** Named people and bodies, by kind: two atoms that each name one the other lacks are two events. */
  named: Map<EventActor["kind"], Set<string>>;
  docs: Set<string>;
  /** Merge keys a stored document coded beside this one (`Report.apart`). */
  apart: Set<string>;
  /** How many reports it stands on. */
  weight: number;
  mode: string | null;
}

/** Groups reports by merge key, each atom's reports in canonical order. */
export function atomsOf(reports: Report[]): Atom[] {
  const byKey = new Map<string, Report[]>();
  for (const r of reports) {
    const list = byKey.get(r.merge_key);
    if (list) list.push(r);
    else byKey.set(r.merge_key, [r]);
  }
  return packed([...byKey], ([merge_key, list]) => atomOf(merge_key, list.sort(compareReports)));
}

function atomOf(merge_key: string, reports: Report[]): Atom {
  const distinct = distinctEvents(reports);
  const weights = packed(distinct, (d) => d.weight);
  const all = packed(distinct, (d) => eventFeatures(d.event));
  const first = all[0] as EventFeatures;
  const named = new Map<EventActor["kind"], Set<string>>();
  for (const { event } of distinct)
    for (const a of [...event.actors, ...event.recipients]) {
      if (!a.actor_id || (a.kind !== "person" && a.kind !== "organization")) continue;
      const set = named.get(a.kind) ?? new Set<string>();
      named.set(a.kind, set.add(a.actor_id));
    }
  return {
    merge_key,
    reports,
    features: {
      ...first,
      id: merge_key,
      date: first.date ?? datedLater(distinct, weights),
      lemma: mostCommon(
        packed(all, (f) => f.lemma),
        weights,
      ) as string,
      countries: [...new Set(all.flatMap((f) => f.countries))].sort(),
      location: mostCommon(
        packed(all, (f) => f.location),
        weights,
      ),
    },
    actors: actorIds(reports[0]?.event ?? { actors: [], recipients: [] }),
    named,
    docs: new Set(reports.flatMap(docsOf)),
    apart: new Set(reports.flatMap((r) => r.apart ?? [])),
    weight: weights.reduce((a, b) => a + b, 0),
    mode: mostCommon(
      packed(distinct, (d) => d.event.mode),
      weights,
    ),
  };
}

/**
 * The date dating gave an undated merge key's reports (`inferred`, written by `setEventDate`): what
 * the atom is compared by, so once dated it links and fits as a report of that date would. Its
 * reports all share the date null of the merge key; they all get the date dating gives their event,
 * and a copy stored later without it leaves it to those that have it.
 */
function datedLater(distinct: { event: Report["event"] }[], weights: number[]): string | null {
  return mostCommon(
    packed(distinct, (d) => d.event.inferred ?? null),
    weights,
  );
}

/** Each of the two names one of `kind` the other does not: Blinken–Wang Yi and Blinken–Xi Jinping. */
function namesApart(a: Atom, b: Atom): boolean {
  for (const [kind, mine] of a.named) {
    const theirs = b.named.get(kind);
    if (!theirs) continue;
    if ([...mine].some((x) => !theirs.has(x)) && [...theirs].some((x) => !mine.has(x))) return true;
  }
  return false;
}

/**
 * Whether two atoms may be reports of one event at all, whatever else is in it: same compared type,
 * dates that can denote one day, the same mode (a visit is not the talks held during it, a call not
 * a meeting), no two different people or bodies on each side, and no document that coded them as
 * two events.
 */
export function fits(a: Atom, b: Atom): boolean {
  const fa = a.features;
  const fb = b.features;
  if (fa.type !== fb.type || a.mode !== b.mode) return false;
  if (fa.date && fb.date && (dayConflict(fa.date, fb.date) || !compatible(fa.date, fb.date))) return false;
  if (namesApart(a, b) || a.apart.has(b.merge_key) || b.apart.has(a.merge_key)) return false;
  for (const d of a.docs) if (b.docs.has(d)) return false;
  return true;
}

/**
 * How strongly two atoms of different merge keys are linked, null when not: both dated, sharing a
 * resolved actor, and accepted by the pairwise dedup decision. Reads the two atoms only.
 */
export function linkScore(a: Atom, b: Atom): number | null {
  if (!a.features.date || !b.features.date || a.features.type !== b.features.type) return null;
  if (!a.actors.some((id) => b.actors.includes(id))) return null;
  const d = decideSame(a.features, b.features);
  return d.same ? d.score : null;
}

/**
 * The order atoms are placed in: finer dates first (a day-dated report says which day; a month
 * joins the day it fits), then the better supported, then the earlier date, then the merge key.
 */
export function compareAtoms(a: Atom, b: Atom): number {
  const fine = rank(precisionOf(b.features.date)) - rank(precisionOf(a.features.date));
  if (fine !== 0) return fine;
  if (a.weight !== b.weight) return b.weight - a.weight;
  const da = a.features.date ?? "";
  const db = b.features.date ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.merge_key < b.merge_key ? -1 : a.merge_key > b.merge_key ? 1 : 0;
}
