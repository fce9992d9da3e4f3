import type pg from "pg";
import { actorIds, matchType, parseReport } from "../../corpus/dedup/reports.js";
import { planRegroup } from "../regroup-plan.js";
import { deleteEvent, writePlan } from "./regroup.js";
import { insertReportActors, readComponents } from "./regroup-reads.js";
import { WRITE_LOCK } from "./save-document.js";
import { rows } from "./sql.js";
import { inTransaction } from "./transaction.js";

/**
 * Regroups events dating dated, as the SQLite store does (sqlite/regroup-dated.ts): each one's
 * component with those its undated reports may now link to at the date dating wrote onto them
 * (`inferred`), the inferred date recorded among the dates their merge key is found by. Under the
 * writer's lock, like a save. An id no longer stored is skipped.
 */
export function regroupDated(pool: pg.Pool, eventIds: string[]): Promise<void> {
  if (eventIds.length === 0) return Promise.resolve();
  return inTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
    const found = await rows<{ merge_key: string; report: string }>(
      client,
      "SELECT merge_key, report::text AS report FROM report_texts WHERE event_id = ANY(@ids::text[])",
      { ids: eventIds },
    );
    const keys = [...new Set(found.map((r) => r.merge_key))];
    const dated: [string, string, string, string][] = [];
    for (const row of found) {
      const e = parseReport(row.report);
      if (e.date || !e.inferred) continue;
      for (const actor of actorIds(e)) dated.push([actor, matchType(e), e.inferred, row.merge_key]);
    }
    await insertReportActors(client, dated);
    if (keys.length === 0) return;
    const plan = planRegroup(await readComponents(client, keys, dated));
    await writePlan(client, plan);
    for (const id of plan.deleted) await deleteEvent(client, id);
  });
}
