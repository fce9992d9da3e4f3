import type { EventRecord } from "../../model/records.js";
import { decideSame } from "./decide.js";
import type { EventFeatures } from "./features.js";
import { splitConflicts, UnionFind } from "./split.js";

/**
 * One document's report of an event, as it was coded there: the unit cross-article merging works
 * on. A canonical event is a set of reports; its fields are computed from them (canonical.ts).
 */
export interface Report {
  /** Unique and stable: `<doc id>:<index of the event in the document>`. */
  key: string;
  doc_id: string;
  merge_key: string;
  event: EventRecord;
}

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
    type: matchType(e),
    lemma: concept,
    participants,
    countries,
    date: e.date,
    location: e.location?.name ?? null,
    triggerWords: [],
  };
}

/** The type two reports must share to be compared: the PLOVER type, and the status when not reported. */
export function matchType(e: Pick<EventRecord, "event_type" | "status">): string {
  return e.status === "reported" ? e.event_type : `${e.event_type}:${e.status}`;
}

/** The resolved actors of a report: what a candidate must share with it. */
export function actorIds(e: Pick<EventRecord, "actors" | "recipients">): string[] {
  return [...new Set([...e.actors, ...e.recipients].map((a) => a.actor_id).filter(Boolean))].sort();
}

/**
 * Whether two reports are linked, and how strongly: the same merge key (same type, participants, day
 * and status), or — for dated reports of different documents that share a resolved actor — what the
 * dedup decision accepts. Symmetric, and reads the two reports only, so links do not depend on
 * what else is stored or on which report came first. Null when not linked.
 */
export function linkScore(a: Report, fa: EventFeatures, b: Report, fb: EventFeatures): number | null {
  return linkOf(a, fa, actorIds(a.event), b, fb, actorIds(b.event));
}

/** `linkScore` with each report's resolved actors already listed. */
function linkOf(
  a: Report,
  fa: EventFeatures,
  actorsA: string[],
  b: Report,
  fb: EventFeatures,
  actorsB: string[],
): number | null {
  if (a.merge_key === b.merge_key) return Number.POSITIVE_INFINITY;
  if (a.doc_id === b.doc_id || !fa.date || !fb.date || fa.type !== fb.type) return null;
  if (!actorsA.some((id) => actorsB.includes(id))) return null;
  const d = decideSame(fa, fb);
  return d.same ? d.score : null;
}

/** A canonical event to be: reports that stay together, sorted by key. */
export interface ReportGroup {
  /** The key of the connected component the group was split from (its smallest report key). */
  component: string;
  reports: Report[];
}

/**
 * Groups reports into events as a function of the set alone: reports are linked pairwise
 * (`linkScore`), linked reports are unioned, and a component whose reports carry different
 * day-precision dates is split as the batch clusterer splits (split.ts), strongest link first.
 * Reports are taken in key order, so ties fall the same way whatever order they arrived in.
 *
 * @example groupReports([meetA, meetB, meetOtherDay]).length // 2
 */
export function groupReports(input: Report[]): ReportGroup[] {
  const reports = [...input].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const features = reports.map((r) => featuresOf(r.event, r.doc_id));
  const actors = reports.map((r) => actorIds(r.event));
  const uf = new UnionFind(reports.length);
  const edges = new Map<number, [number, number][]>();
  const add = (x: number, y: number, s: number) => {
    const list = edges.get(x);
    if (list) list.push([y, s]);
    else edges.set(x, [[y, s]]);
  };
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const s = linkOf(
        reports[i] as Report,
        features[i] as EventFeatures,
        actors[i] as string[],
        reports[j] as Report,
        features[j] as EventFeatures,
        actors[j] as string[],
      );
      if (s === null) continue;
      uf.union(i, j);
      add(i, j, s);
      add(j, i, s);
    }
  }
  const groups: ReportGroup[] = [];
  for (const members of uf.groups()) {
    const component = (reports[members[0] as number] as Report).key;
    for (const part of splitConflicts(members, features, edges)) {
      part.sort((x, y) => x - y);
      groups.push({ component, reports: part.map((m) => reports[m] as Report) });
    }
  }
  return groups;
}
