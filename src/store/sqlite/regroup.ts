import type { Database } from "better-sqlite3";
import { type CanonicalEvent, canonicalEvent, groupKeys } from "../../corpus/dedup/canonical.js";
import { actorIds, groupReports, matchType, type Report } from "../../corpus/dedup/reports.js";
import type { EventRecord } from "../../model/records.js";
import { dyadPairs } from "../dyads.js";
import { eventId } from "../ids.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { createDyadDates } from "./dyad-dates.js";
import { EVENT_FIELDS, prepareRegroup, type RegroupStatements, type ReportRow } from "./regroup-statements.js";

/** The prefixes a date refines: "2023-06-18" → year "2023", month "2023-06". */
function prefixes(date: string): { year: string; month: string; date: string } {
  return { year: date.slice(0, 4), month: date.slice(0, 7), date };
}

const toReport = (row: ReportRow): Report & { event_id: string; component: string; ord: number } => ({
  key: `${row.doc_id}:${row.ord}`,
  doc_id: row.doc_id,
  ord: row.ord,
  merge_key: row.merge_key,
  event: JSON.parse(row.report) as EventRecord,
  event_id: row.event_id,
  component: row.component,
});

type Stored = ReturnType<typeof toReport>;

/**
 * Regroups the canonical events a new document touches, inside the write transaction that saved
 * it: every stored component of linked reports that one of the document's reports links to is read
 * back whole, and the reports, the new ones with them, are grouped again as a function of the set
 * (corpus/dedup/reports.ts) — events a new report bridges merge, a component whose dates conflict
 * splits — and each group's canonical event is recomputed from its reports (canonical.ts). Only
 * what changed is written: mentions move to their report's event, an event left without mentions
 * goes, fields, participants and dyad rows are rewritten when they differ, and the new reports are
 * recorded in their events.
 */
export function createRegrouper(db: Database): (docId: string, events: DocumentEvent[]) => void {
  const s = prepareRegroup(db);
  const dyadDates = createDyadDates(db);
  return (docId, events) => {
    const components = new Set<string>();
    const fresh: Stored[] = [];
    events.forEach((item, ord) => {
      const event_id = savedIn(s, item);
      if (!event_id) return;
      const e = { ...item.event, mentions: item.event.mentions.map((m) => ({ ...m, doc_id: docId })) };
      // the event the report was written into, which the write may have changed, and its kin
      for (const c of s.componentsOf.all(event_id, item.merge_key)) components.add(c.component);
      if (e.date) {
        for (const actor of actorIds(e)) {
          const filter = { actor, type: matchType(e), ...prefixes(e.date) };
          for (const c of s.componentsByActor.all(filter)) components.add(c.component);
        }
      }
      fresh.push({
        key: `${docId}:${ord}`,
        doc_id: docId,
        ord,
        merge_key: item.merge_key,
        event: e,
        event_id,
        component: "",
      });
    });
    const reports = [...components].flatMap((c) => s.reportsOf.all(c).map(toReport)).concat(fresh);
    const groups = groupReports(reports);
    const keys = groupKeys(groups);
    const members = new Map<string, number>();
    for (const r of reports) members.set(r.event_id, (members.get(r.event_id) ?? 0) + 1);
    const before = new Set(reports.map((r) => r.event_id));
    const after = new Set<string>();
    const touched = new Set<string>();
    groups.forEach((group, i) => {
      const key = keys[i] as string;
      const id = eventId(key);
      after.add(id);
      const kept = group.reports as Stored[];
      // the same reports as the stored event, none new: the event, a function of them, is as stored
      const same = kept.every((r) => r.event_id === id && r.doc_id !== docId) && members.get(id) === kept.length;
      if (!same) writeEvent(s, dyadDates, canonicalEvent(group, key));
      for (const r of kept) {
        if (r.event_id !== id) {
          moveMentions(s, r, id);
          touched.add(id).add(r.event_id); // both counts change
        }
        if (r.component === "") record(s, r, id, group.component);
        else if (r.event_id !== id || r.component !== group.component)
          s.moveReport.run({ doc_id: r.doc_id, ord: r.ord, event_id: id, component: group.component });
      }
    });
    for (const id of before) {
      if (after.has(id) || (s.countMentions.get(id)?.n ?? 0) > 0) continue;
      const row = s.eventRow.get(id);
      if (row) dyadDates.remove(id, row.date as string | null);
      s.deleteDyads.run(id);
      s.deleteEventActors.run(id);
      s.deleteEvent.run(id);
    }
    for (const id of touched) s.countDocs.run(id);
  };
}

/** Stores a new report, in its event and component, with the actors its candidates are found by. */
function record(s: RegroupStatements, r: Stored, eventId: string, component: string): void {
  const e = r.event;
  const row = { doc_id: r.doc_id, ord: r.ord, event_id: eventId, component, merge_key: r.merge_key };
  s.insertReport.run({ ...row, report: JSON.stringify(e) });
  if (e.date)
    for (const actor_id of actorIds(e))
      s.insertReportActor.run({ actor_id, match_type: matchType(e), date: e.date, doc_id: r.doc_id, ord: r.ord });
}

/** The event `saveEvents` put a report in: the one it joined, else the one of its merge key. */
function savedIn(s: RegroupStatements, item: DocumentEvent): string | undefined {
  if (item.join_event_id && s.eventExists.get(item.join_event_id)) return item.join_event_id;
  return s.eventIdByKey.get(item.merge_key)?.event_id;
}

function moveMentions(s: RegroupStatements, r: Stored, to: string): void {
  for (const m of r.event.mentions) {
    const at = { from: r.event_id, to, doc_id: r.doc_id, start: m.start, end: m.end };
    s.moveMention.run(at);
    s.dropMention.run(at); // already there: the target holds the same mention from another report
  }
}

/** Inserts the canonical event, or rewrites the stored one where it differs. */
function writeEvent(s: RegroupStatements, dyadDates: ReturnType<typeof createDyadDates>, target: CanonicalEvent): void {
  const row = eventRow(target.id, target.merge_key, { ...target.event, doc_count: 0, mentions: [] });
  const stored = s.eventRow.get(target.id);
  if (!stored) {
    s.insertEvent.run(row);
    insertSides(s, target);
    dyadDates.add(target.id);
    return;
  }
  if (EVENT_FIELDS.every((f) => stored[f] === row[f])) return;
  const dyads = ["actors", "recipients", "date", "quad", "score"] as const;
  if (dyads.every((f) => stored[f] === row[f])) {
    s.updateEvent.run(row);
    return;
  }
  dyadDates.remove(target.id, stored.date as string | null);
  s.deleteEventActors.run(target.id);
  s.deleteDyads.run(target.id);
  s.updateEvent.run(row);
  insertSides(s, target);
  dyadDates.add(target.id);
}

function insertSides(s: RegroupStatements, target: CanonicalEvent): void {
  const e = target.event;
  for (const [side, list] of [
    ["actor", e.actors],
    ["recipient", e.recipients],
  ] as const) {
    for (const a of list)
      s.insertEventActor.run({ event_id: target.id, actor_id: a.actor_id, country: a.country ?? null, side });
  }
  for (const pair of dyadPairs(e.actors, e.recipients)) {
    s.insertDyad.run({
      event_id: target.id,
      ...pair,
      countries_first: pair.countries_first ? 1 : 0,
      date: e.date,
      quad: e.quad,
      score: e.score,
    });
  }
}
