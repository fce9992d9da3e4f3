import type { Database } from "better-sqlite3";
import type { CanonicalEvent } from "../../corpus/dedup/canonical.js";
import { actorIds, matchType, newReportEvent, type ReportEvent, reportText } from "../../corpus/dedup/reports.js";
import { dyadPairs } from "../dyads.js";
import { EVENT_FIELDS, freshReport, planRegroup, type StoredReport, storedReport } from "../regroup-plan.js";
import { eventRow } from "../rows.js";
import type { DocumentEvent } from "../store.js";
import { createDyadDates } from "./dyad-dates.js";
import { prepareRegroup, type RegroupStatements } from "./regroup-statements.js";

/**
 * Saves a new document's events by regrouping, inside its write transaction: every stored component
 * of linked reports one of its reports may link to (same merge key; or a resolved actor, compared
 * type and a date one refines or is refined by) is read back whole, one row a distinct report, grouped
 * again with the new reports as a function of the set (regroup-plan.ts), and only what changed is
 * written: events, their participants and dyad rows, mentions moving between events, reports and
 * their components. What it reads grows with the distinct reports of the touched events, not with
 * how many documents give each.
 */
export function createRegrouper(db: Database): (docId: string, events: DocumentEvent[]) => void {
  const s = prepareRegroup(db);
  const dyadDates = createDyadDates(db);
  return (docId, events) => {
    const components = new Set<string>();
    const fresh: StoredReport[] = []; // pushed, not mapped: one array class (model/packed.ts)
    for (const [ord, item] of events.entries()) {
      const e = newReportEvent(item.event);
      for (const c of s.componentsByKey.all(item.merge_key)) components.add(c.component);
      if (e.date) for (const c of componentsNear(s, e, e.date)) components.add(c);
      fresh.push(freshReport(docId, ord, item.merge_key, e));
    }
    regroupWith(s, dyadDates, components, fresh, events);
  };
}

/**
 * The components of the merge keys sharing a resolved actor and the compared type of `e` at a date
 * `date` refines or is refined by: where a report of that date may link.
 */
export function componentsNear(s: RegroupStatements, e: ReportEvent, date: string): string[] {
  const [year, month] = [date.slice(0, 4), date.slice(0, 7)];
  const found: string[] = [];
  for (const actor of actorIds(e))
    for (const c of s.componentsByActor.all({ actor, type: matchType(e), year, month, date })) found.push(c.component);
  return found;
}

/**
 * Regroups the stored `components` whole with the `fresh` reports of one document (`events` are its
 * coded events, by report index; none for a regroup of stored reports alone) and writes what changed.
 */
export function regroupWith(
  s: RegroupStatements,
  dyadDates: ReturnType<typeof createDyadDates>,
  components: Set<string>,
  fresh: StoredReport[],
  events: DocumentEvent[],
): void {
  const stored = [...components].flatMap((c) => {
    const rows = s.reportsOf.all(c);
    const apart = new Map<string, string[]>();
    for (const { merge_key } of rows)
      if (!apart.has(merge_key))
        apart.set(
          merge_key,
          s.apartOf.all(merge_key).map((r) => r.other),
        );
    return rows.map((row) => storedReport(row, apart));
  });
  // a new report with a stored text (of its merge key: all read back) weighs on that row
  const texts = new Map<string, number>();
  const keys = new Set<string>();
  for (const r of stored) {
    texts.set(`${r.merge_key}\n${reportText(r.event)}`, r.text_id as number);
    keys.add(r.merge_key);
  }
  const plan = planRegroup(stored.concat(fresh));
  for (const target of plan.events) writeEvent(s, dyadDates, target);
  const moved = new Set<string>();
  for (const { report, to } of plan.moves) {
    const key = `${report.merge_key}\n${report.event_id}`;
    if (moved.has(key)) continue;
    moved.add(key);
    for (const { doc_id } of s.docsOfKey.all(report.merge_key)) {
      const at = { from: report.event_id, to, doc_id };
      s.moveMention.run(at);
      s.dropMention.run(at); // the target already held it, from another report of the document
    }
  }
  const mentioned = new Set<string>();
  for (const { report, event_id, component } of plan.rows) {
    if (report.event_id) s.moveReport.run({ merge_key: report.merge_key, from: report.event_id, event_id, component });
    else {
      // the document counts once in each merge key it mentions
      const counts = report.event.has_mentions && !mentioned.has(report.merge_key);
      if (counts) mentioned.add(report.merge_key);
      const row = {
        doc_id: report.doc_id,
        ord: report.ord,
        event_id,
        component,
        merge_key: report.merge_key,
        mentioned: counts ? 1 : 0,
      };
      record(s, texts, keys, report, row, events[report.ord] as DocumentEvent);
    }
  }
  recordApart(s, fresh);
  for (const id of plan.deleted) deleteEvent(s, dyadDates, id);
}

/** Records the merge keys of one document's reports of one compared type as apart, both ways. */
function recordApart(s: RegroupStatements, fresh: StoredReport[]): void {
  const keys = new Map<string, Set<string>>();
  for (const r of fresh) {
    const type = matchType(r.event);
    keys.set(type, (keys.get(type) ?? new Set()).add(r.merge_key));
  }
  for (const set of keys.values())
    for (const merge_key of set)
      for (const other of set) if (other !== merge_key) s.insertApart.run({ merge_key, other });
}

/** Stores a new report, its text's weight, its mentions in its event, and the actors its merge key is found by. */
function record(
  s: RegroupStatements,
  texts: Map<string, number>,
  keys: Set<string>,
  r: StoredReport,
  row: { doc_id: string; ord: number; event_id: string; component: string; merge_key: string; mentioned: number },
  item: DocumentEvent,
): void {
  const report = reportText(r.event);
  const key = `${r.merge_key}\n${report}`;
  let id = texts.get(key);
  // the actors a merge key is found by are the same for each of its texts: recorded with its first
  const known = keys.has(r.merge_key);
  keys.add(r.merge_key);
  if (id === undefined) {
    id = (s.addText.get(Object.assign({}, row, { report })) as { id: number }).id;
    texts.set(key, id);
  } else s.weighText.run(Object.assign({}, row, { id }));
  s.insertReport.run({ doc_id: row.doc_id, ord: row.ord, text_id: id });
  for (const m of item.event.mentions)
    s.insertMention.run(row.event_id, row.doc_id, m.sentence, m.start, m.end, m.text, m.rule);
  const e = r.event;
  if (!e.date || known) return;
  for (const actor_id of actorIds(e))
    s.insertReportActor.run({ actor_id, match_type: matchType(e), date: e.date, merge_key: r.merge_key });
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
  // added to the built row, not spread into another: see docs/performance.md (hidden classes)
  const row = Object.assign(eventRow(target.id, target.merge_key, target.event), { doc_count: target.event.doc_count });
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
