import { packed } from "../../model/packed.js";
import type { EventActor, EventRecord } from "../../model/records.js";
import { eventId } from "../../store/ids.js";
import { precisionOf, rank } from "./features.js";
import { canonicalParticipants } from "./participants.js";
import type { ReportGroup } from "./regroup.js";
import { distinctEvents, mentionedDocs, mostCommon, type ReportEvent } from "./reports.js";

/** A canonical event computed from its reports: the row a store keeps, mentions apart. */
export interface CanonicalEvent {
  id: string;
  /** The group's smallest merge key: what the store's `merge_key` column holds. */
  merge_key: string;
  event: Omit<EventRecord, "mentions">;
}

/**
 * The date most reports support (a report supports every date its own partial date contains, so a
 * finer date wins when coarser reports agree), then the finer, then the earlier: never arrival order.
 * @example bestDate(["2023-06", "2023-06-18", null]) // "2023-06-18"
 */
export function bestDate(dates: (string | null)[], weights?: number[]): string | null {
  let best: string | null = null;
  let bestSupport = 0;
  for (const d of [...new Set(dates)].sort()) {
    if (!d) continue;
    let support = 0;
    dates.forEach((x, i) => {
      if (x && d.startsWith(x)) support += weights?.[i] ?? 1;
    });
    const finer = rank(precisionOf(d)) > rank(precisionOf(best));
    if (support > bestSupport || (support === bestSupport && finer)) [best, bestSupport] = [d, support];
  }
  return best;
}

/**
 * The canonical event of a group, computed from the set of its reports alone: the best-supported
 * date with the basis and end of the first report giving it (else the date dating gave them); the participants most reports agree
 * on (participants.ts); the most common location and mode; every context; the highest confidence;
 * type, status and scores from the first report giving the date. Its id is `ev_` + SHA-1 of the
 * group's smallest merge key, so a report alone keeps the id its merge key gives it, and `doc_count`
 * counts the documents with a mention in the group.
 *
 * @example canonicalEvent(group).event.date // "2023-06-18"
 */
export function canonicalEvent(group: ReportGroup): CanonicalEvent {
  const reports = group.reports;
  const distinct = distinctEvents(reports);
  const events = packed(distinct, (d) => d.event);
  const weights = packed(distinct, (d) => d.weight);
  const stated = bestDate(
    packed(events, (e) => e.date),
    weights,
  );
  // no report dates it: the date dating gave the event, if any (setEventDate)
  const inferred = stated
    ? null
    : mostCommon(
        packed(events, (x) => x.inferred ?? null),
        weights,
      );
  const date = stated ?? inferred;
  const e = events.find((x) => x.date === date) ?? (events[0] as ReportEvent);
  const basis = inferred ? (events.find((x) => x.inferred === inferred)?.inferred_basis ?? e.date_basis) : e.date_basis;
  const place = mostCommon(
    packed(events, (x) => x.location?.name ?? null),
    weights,
  );
  const id = eventId(group.merge_key);
  // the reports giving the date first: on a tie, the sides of the report that says when
  const order = [...distinct.filter((d) => d.event.date === date), ...distinct.filter((d) => d.event.date !== date)];
  const sides = canonicalParticipants(
    packed(order, (d) => d.event),
    packed(order, (d) => d.weight),
  );
  return {
    id,
    merge_key: group.merge_key,
    event: {
      id,
      event_type: e.event_type,
      mode: mostCommon(
        packed(events, (x) => x.mode),
        weights,
      ),
      context: [...new Set(events.flatMap((x) => x.context))],
      actors: sides.actors as EventActor[],
      recipients: sides.recipients as EventActor[],
      date,
      date_end: e.date_end,
      date_basis: basis,
      status: e.status,
      location: events.find((x) => x.location?.name === place)?.location ?? null,
      score: e.score,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad: e.quad,
      confidence: Math.max(...events.map((x) => x.confidence)),
      doc_count: mentionedDocs(reports),
    },
  };
}
