import type { Database } from "better-sqlite3";
import type { CanonicalEvent } from "../../corpus/dedup/canonical.js";
import { actorIds, docsOf, matchType, newReportEvent, parseReport, reportText } from "../../corpus/dedup/reports.js";
import { dyadPairs } from "../dyads.js";
import { planRegroup, type StoredReport } from "../regroup-plan.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { createDyadDates } from "./dyad-dates.js";
import { EVENT_FIELDS, prepareRegroup, type RegroupStatements, type ReportRow } from "./regroup-statements.js";

/** Copies with one text as one report, keyed by the first of them, weighing as many. */
function toReport(row: ReportRow): StoredReport {
  const keys = JSON.parse(row.keys) as [string, number][];
  let first = keys[0] as [string, number];
  for (const k of keys) if (k[0] < first[0] || (k[0] === first[0] && k[1] < first[1])) first = k;
  return {
    doc_id: first[0],
    ord: first[1],
    merge_key: row.merge_key,
    event: parseReport(row.report),
    event_id: row.event_id,
    component: row.component,
    weight: keys.length,
    docs: keys.map((k) => k[0]),
  };
}

/**
 * Saves a new document's events by regrouping, inside its write transaction: every stored component
 * of linked reports one of its reports may link to (same merge key; or a resolved actor, compared
 * type and a date one refines or is refined by) is read back whole, grouped again with the new
 * reports as a function of the set (regroup-plan.ts), and only what changed is written: events,
 * their participants and dyad rows, mentions moving between events, reports and their components.
 */
export function createRegrouper(db: Database): (docId: string, events: DocumentEvent[]) => void {
  const s = prepareRegroup(db);
  const dyadDates = createDyadDates(db);
  return (docId, events) => {
    const components = new Set<string>();
    const fresh: StoredReport[] = events.map((item, ord) => {
      const e = newReportEvent(item.event);
      for (const c of s.componentsByKey.all(item.merge_key)) components.add(c.component);
      if (e.date) {
        const [year, month] = [e.date.slice(0, 4), e.date.slice(0, 7)];
        for (const actor of actorIds(e))
          for (const c of s.componentsByActor.all({ actor, type: matchType(e), year, month, date: e.date }))
            components.add(c.component);
      }
      return { doc_id: docId, ord, merge_key: item.merge_key, event: e, event_id: "", component: "" };
    });
    const stored = [...components].flatMap((c) => s.reportsOf.all(c).map(toReport));
    const plan = planRegroup(stored.concat(fresh));
    for (const target of plan.events) writeEvent(s, dyadDates, target);
    for (const { report, to } of plan.moves) {
      for (const doc_id of new Set(docsOf(report))) {
        const at = { from: report.event_id, to, doc_id };
        s.moveMention.run(at);
        s.dropMention.run(at); // the target already held it, from another report of the document
      }
    }
    for (const { report, event_id, component } of plan.rows) {
      if (report.event_id)
        s.moveReport.run({ merge_key: report.merge_key, from: report.event_id, event_id, component });
      else {
        const row = { doc_id: report.doc_id, ord: report.ord, event_id, component, merge_key: report.merge_key };
        record(s, report, row, events[report.ord] as DocumentEvent);
      }
    }
    for (const id of plan.deleted) deleteEvent(s, dyadDates, id);
  };
}

/** Stores a new report, its mentions in its event, and the actors its candidates are found by. */
function record(
  s: RegroupStatements,
  r: StoredReport,
  row: { doc_id: string; ord: number; event_id: string; component: string; merge_key: string },
  item: DocumentEvent,
): void {
  s.insertReport.run({ ...row, report: reportText(r.event) });
  for (const m of item.event.mentions) s.insertMention.run({ ...m, event_id: row.event_id, doc_id: row.doc_id });
  const e = r.event;
  if (!e.date) return;
  for (const actor_id of actorIds(e))
    s.insertReportActor.run({ actor_id, match_type: matchType(e), date: e.date, doc_id: r.doc_id, ord: r.ord });
}

function deleteEvent(s: RegroupStatements, dyadDates: ReturnType<typeof createDyadDates>, id: string): void {
  const row = s.eventRow.get(id);
  if (!row) return;
  dyadDates.remove(id, row.date as string | null);
  s.deleteDyads.run(id);
  s.deleteEventActors.run(id);
  s.deleteEventMessages.run(id);
  s.deleteEvent.run(id);
}

/** Inserts the canonical event, or rewrites the stored one where it differs. */
function writeEvent(s: RegroupStatements, dyadDates: ReturnType<typeof createDyadDates>, target: CanonicalEvent): void {
  const row = {
    ...eventRow(target.id, target.merge_key, { ...target.event, mentions: [] }),
    doc_count: target.event.doc_count,
  };
  const stored = s.eventRow.get(target.id);
  if (!stored) {
    s.insertEvent.run(row);
    insertSides(s, target);
    dyadDates.add(target.id);
    return;
  }
  const differs = EVENT_FIELDS.filter((f) => stored[f] !== row[f]);
  if (differs.length === 0) return;
  if (differs.length === 1 && differs[0] === "doc_count") {
    s.setDocCount.run(row.doc_count, target.id);
    return;
  }
  const dyads = ["actors", "recipients", "date", "quad", "score", "status"] as const;
  if (!differs.some((f) => (dyads as readonly string[]).includes(f))) {
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
