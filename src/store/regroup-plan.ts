import { type CanonicalEvent, canonicalEvent } from "../corpus/dedup/canonical.js";
import { groupReports } from "../corpus/dedup/regroup.js";
import { parseReport, type Report, type ReportEvent } from "../corpus/dedup/reports.js";
import { eventId } from "./ids.js";

/** A report as the store keeps it: in an event, in a component ("" for a report not stored yet). */
export interface StoredReport extends Report {
  event_id: string;
  component: string;
  /** The stored row of its distinct text, when read back. */
  text_id?: number;
}

/** A row of `report_texts` as a regroup reads it back (PostgreSQL gives its bigint id as a string). */
export interface ReportTextRow {
  id: number | string;
  event_id: string;
  component: string;
  merge_key: string;
  report: string;
  weight: number;
  doc_id: string;
  ord: number;
  mentioned: number;
}

/** A distinct stored report, weighing as many reports as give it, keyed by the first of them. */
export function storedReport(row: ReportTextRow, apart: Map<string, string[]>): StoredReport {
  return {
    doc_id: row.doc_id,
    ord: row.ord,
    merge_key: row.merge_key,
    event: parseReport(row.report),
    event_id: row.event_id,
    component: row.component,
    weight: row.weight,
    docs: [],
    mentioned: row.mentioned,
    apart: apart.get(row.merge_key) ?? [],
    text_id: Number(row.id),
  };
}

/**
 * A report of the document being saved, not stored yet (`event_id` ""). It has every field of a
 * stored one, unset, so that both kinds share one hidden class in the regrouping loops
 * (docs/performance.md); an unset field reads as its default.
 */
export function freshReport(docId: string, ord: number, mergeKey: string, event: ReportEvent): StoredReport {
  return {
    doc_id: docId,
    ord,
    merge_key: mergeKey,
    event,
    event_id: "",
    component: "",
    weight: undefined,
    docs: undefined,
    mentioned: undefined,
    apart: undefined,
    text_id: undefined,
  };
}

/** What a regroup writes; every store applies it alike (sqlite/regroup.ts, postgres/regroup.ts). */
export interface RegroupPlan {
  /** Events whose reports changed: inserted, or rewritten where they differ. */
  events: CanonicalEvent[];
  /** Stored reports (and the copies they stand for) whose mentions move to another event, by document. */
  moves: { report: StoredReport; to: string }[];
  /** Reports to record (new) or to update (moved, or in a merged component; with their copies). */
  rows: { report: StoredReport; event_id: string; component: string }[];
  /** Events no report stands on any more. */
  deleted: string[];
}

/**
 * Regroups whole components of stored reports with new ones (`event_id` ""), as a function of the
 * set (corpus/dedup/regroup.ts), and says what changed: a group with exactly the reports of its
 * stored event, none new, is that event and is not computed again.
 */
export function planRegroup(reports: StoredReport[]): RegroupPlan {
  const plan: RegroupPlan = { events: [], moves: [], rows: [], deleted: [] };
  const members = new Map<string, number>();
  for (const r of reports) if (r.event_id) members.set(r.event_id, (members.get(r.event_id) ?? 0) + (r.weight ?? 1));
  const targets = new Set<string>();
  for (const group of groupReports(reports)) {
    const id = eventId(group.merge_key);
    targets.add(id);
    const kept = group.reports as StoredReport[];
    const weight = kept.reduce((n, r) => n + (r.weight ?? 1), 0);
    const same = members.get(id) === weight && kept.every((r) => r.event_id === id);
    if (!same) plan.events.push(canonicalEvent(group));
    for (const r of kept) {
      if (r.event_id && r.event_id !== id) plan.moves.push({ report: r, to: id });
      if (r.event_id !== id || r.component !== group.component)
        plan.rows.push({ report: r, event_id: id, component: group.component });
    }
  }
  plan.deleted = [...members.keys()].filter((id) => !targets.has(id)).sort();
  return plan;
}

/** The columns of `events` a regroup computes, as `eventRow` (rows.ts) builds them, and `doc_count`: both stores write these. */
export const EVENT_FIELDS = [
  "merge_key",
  "event_type",
  "mode",
  "context",
  "actors",
  "recipients",
  "date",
  "date_end",
  "date_basis",
  "status",
  "location",
  "score",
  "cameo",
  "goldstein",
  "quad",
  "confidence",
  "doc_count",
] as const;
