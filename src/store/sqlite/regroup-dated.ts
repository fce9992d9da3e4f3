import type { Database } from "better-sqlite3";
import { actorIds, matchType, parseReport } from "../../corpus/dedup/reports.js";
import { createDyadDates } from "./dyad-dates.js";
import { componentsNear, regroupWith } from "./regroup.js";
import { prepareRegroup } from "./regroup-statements.js";

/**
 * Regroups events dating dated (`setEventDate` wrote the inferred date onto their undated reports):
 * each one's component is read back with the components its reports may now link to at that date,
 * and grouped again as at a save (regroup.ts), so an undated report joins the dated reports of its
 * event. The inferred date is recorded among the dates its merge key is found by, so a dated report
 * saved later finds it as it would have found it saved first. An id no longer stored is skipped.
 * One immediate transaction (a savepoint inside an open one).
 *
 * @example createDatedRegrouper(db)(["ev_0123456789ab"])
 */
export function createDatedRegrouper(db: Database): (eventIds: string[]) => void {
  let regroup: ((eventIds: string[]) => void) | null = null; // prepared at the first use
  const run = db.transaction((eventIds: string[]) => {
    regroup ??= prepareDatedRegroup(db);
    regroup(eventIds);
  });
  return (eventIds) => {
    if (eventIds.length > 0) run.immediate(eventIds);
  };
}

function prepareDatedRegroup(db: Database): (eventIds: string[]) => void {
  const s = prepareRegroup(db);
  const dyadDates = createDyadDates(db);
  const rowsOf = db.prepare<[string], { component: string; merge_key: string; report: string }>(
    "SELECT component, merge_key, report FROM report_texts WHERE event_id = ?",
  );
  return (eventIds) => {
    const components = new Set<string>();
    for (const id of eventIds)
      for (const row of rowsOf.all(id)) {
        components.add(row.component);
        const e = parseReport(row.report);
        if (e.date || !e.inferred) continue;
        for (const actor_id of actorIds(e))
          s.insertReportActor.run({ actor_id, match_type: matchType(e), date: e.inferred, merge_key: row.merge_key });
        for (const c of componentsNear(s, e, e.inferred)) components.add(c);
      }
    if (components.size > 0) regroupWith(s, dyadDates, components, [], []);
  };
}
