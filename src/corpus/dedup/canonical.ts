import type { EventActor, EventRecord } from "../../model/records.js";
import { eventId } from "../../store/ids.js";
import { mergeParticipants } from "../../store/merge-participants.js";
import { precisionOf, rank } from "./features.js";
import type { Report, ReportGroup } from "./reports.js";

/** A canonical event computed from its reports: the row a store keeps, without mentions. */
export interface CanonicalEvent {
  id: string;
  /** The smallest merge key among the reports: what the store's `merge_key` column holds. */
  merge_key: string;
  event: Omit<EventRecord, "mentions" | "doc_count">;
}

const SPECIFICITY: Record<EventActor["kind"], number> = { person: 3, organization: 2, group: 1, country: 0 };

/**
 * The date most reports support (a report supports every date its own partial date contains, so a
 * finer date wins when coarser reports agree), then the finer, then the earlier: never arrival order.
 * @example bestDate(["2023-06", "2023-06-18", null]) // "2023-06-18"
 */
export function bestDate(dates: (string | null)[]): string | null {
  let best: string | null = null;
  let bestSupport = 0;
  for (const d of [...new Set(dates)].sort()) {
    if (!d) continue;
    const support = dates.filter((x) => x && d.startsWith(x)).length;
    const finer = rank(precisionOf(d)) > rank(precisionOf(best));
    if (support > bestSupport || (support === bestSupport && finer)) [best, bestSupport] = [d, support];
  }
  return best;
}

/** The value most reports give, ties to the smallest; null when none gives one. @example mostCommon(["b", "a", "b"]) // "b" */
export function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** How much a report says about who took part: resolved and specific participants count more. */
function said(e: EventRecord): number {
  return [...e.actors, ...e.recipients].reduce((n, a) => n + (a.actor_id ? 10 : 1) + SPECIFICITY[a.kind], 0);
}

/**
 * The participants of the group: the report that says most about who took part (ties to the smaller
 * key) leads, and the others fold in by key with the rule of merge-participants.ts.
 */
function participants(reports: Report[]): Pick<EventRecord, "actors" | "recipients"> {
  const ordered = [...reports].sort((a, b) => said(b.event) - said(a.event) || (a.key < b.key ? -1 : 1));
  const lead = ordered[0] as Report;
  let sides = { actors: lead.event.actors, recipients: lead.event.recipients };
  for (const r of ordered.slice(1)) sides = mergeParticipants(sides, r.event);
  return sides;
}

/**
 * The canonical event of a group of reports, computed from the set alone: the best-supported date
 * (with the basis and end of the first report giving it), the most common location and mode, every
 * context, the highest confidence, the participants of `participants`; type, status and scores
 * come from the report the date comes from. Its id is `ev_` + SHA-1 of the smallest merge key, so
 * a lone report keeps the id its merge key gives it; `key` is the one `groupKeys` gives the group
 * among the others of its component.
 *
 * @example canonicalEvent(group).event.date // "2023-06-18"
 */
export function canonicalEvent(group: ReportGroup, key: string = groupKeys([group])[0] as string): CanonicalEvent {
  const reports = group.reports;
  const first = reports[0] as Report;
  const date = bestDate(reports.map((r) => r.event.date));
  const dated = reports.find((r) => r.event.date === date) ?? first;
  const place = mostCommon(reports.map((r) => r.event.location?.name ?? null));
  const location = reports.find((r) => r.event.location?.name === place)?.event.location ?? null;
  const e = dated.event;
  return {
    id: eventId(key),
    merge_key: key,
    event: {
      id: eventId(key),
      event_type: e.event_type,
      mode: mostCommon(reports.map((r) => r.event.mode)),
      context: [...new Set(reports.flatMap((r) => r.event.context))],
      ...participants(reports),
      date,
      date_end: dated.event.date_end,
      date_basis: dated.event.date_basis,
      status: e.status,
      location,
      score: e.score,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad: e.quad,
      confidence: Math.max(...reports.map((r) => r.event.confidence)),
    },
  };
}

/**
 * The merge key each group's event is stored under: its smallest report merge key, suffixed `#2`,
 * `#3`… in the rare split that leaves reports of one key in several groups, so keys stay unique.
 * @example groupKeys([{ component: "d1:0", reports: [a, b] }]) // [a.merge_key] when a's is smaller
 */
export function groupKeys(groups: ReportGroup[]): string[] {
  const taken = new Set<string>();
  return groups.map((g) => {
    const smallest = g.reports.map((r) => r.merge_key).sort()[0] as string;
    let key = smallest;
    for (let n = 2; taken.has(key); n++) key = `${smallest}#${n}`;
    taken.add(key);
    return key;
  });
}

/** The canonical events of groups split from one component, ids unique within it. */
export function canonicalEvents(groups: ReportGroup[]): CanonicalEvent[] {
  const keys = groupKeys(groups);
  return groups.map((g, i) => canonicalEvent(g, keys[i]));
}
