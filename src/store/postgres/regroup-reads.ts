import type pg from "pg";
import { actorIds, matchType, parseReport, reportText } from "../../corpus/dedup/reports.js";
import type { StoredReport } from "../regroup-plan.js";
import { rows } from "./sql.js";

/**
 * The stored reports new ones may link to, whole components of them, in two round trips: the
 * components of the new reports' merge keys, and of the reports sharing a resolved actor and
 * compared type at a date a new one refines or is refined by (two searches of the key each).
 */
export async function componentReports(client: pg.PoolClient, fresh: StoredReport[]): Promise<StoredReport[]> {
  const dated = fresh.flatMap((r) =>
    r.event.date ? actorIds(r.event).map((actor) => [actor, matchType(r.event), r.event.date as string]) : [],
  );
  const found = await rows<{ component: string }>(
    client,
    `WITH qa AS (SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[]) AS qa (actor_id, type, date))
     SELECT component FROM event_reports WHERE merge_key = ANY(@keys::text[])
     UNION SELECT r.component FROM qa
       JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
         AND a.date IN (left(qa.date, 4), left(qa.date, 7), qa.date)
       JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
     UNION SELECT r.component FROM qa
       JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
         AND a.date > qa.date AND a.date < qa.date || '~'
       JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord`,
    {
      keys: fresh.map((r) => r.merge_key),
      actor: dated.map((d) => d[0]),
      type: dated.map((d) => d[1]),
      date: dated.map((d) => d[2]),
    },
  );
  if (found.length === 0) return [];
  // copies of one story (one text) come back as one row, parsed once per text (parseReport)
  const stored = await rows<
    Omit<StoredReport, "event" | "doc_id" | "ord"> & { report: string; keys: [string, number][] }
  >(
    client,
    `SELECT event_id, component, merge_key, report::text AS report, json_agg(json_build_array(doc_id, ord)) AS keys
     FROM event_reports WHERE component = ANY(@c::text[]) GROUP BY merge_key, event_id, component, report::text`,
    { c: found.map((f) => f.component) },
  );
  return stored.map(({ report, keys, ...r }) => {
    let first = keys[0] as [string, number];
    for (const k of keys) if (k[0] < first[0] || (k[0] === first[0] && k[1] < first[1])) first = k;
    const docs = keys.map((k) => k[0]);
    return { ...r, doc_id: first[0], ord: first[1], event: parseReport(report), weight: keys.length, docs };
  });
}

/** Records new reports in their events and components, with the actors their candidates are found by. */
export async function recordReports(
  client: pg.PoolClient,
  reports: { report: StoredReport; event_id: string; component: string }[],
): Promise<void> {
  if (reports.length === 0) return;
  await rows(
    client,
    `INSERT INTO event_reports (doc_id, ord, event_id, component, merge_key, report)
     SELECT * FROM unnest(@doc::text[], @ord::int[], @event::text[], @component::text[], @key::text[], @report::json[])
     ON CONFLICT DO NOTHING`,
    {
      doc: reports.map((r) => r.report.doc_id),
      ord: reports.map((r) => r.report.ord),
      event: reports.map((r) => r.event_id),
      component: reports.map((r) => r.component),
      key: reports.map((r) => r.report.merge_key),
      report: reports.map((r) => reportText(r.report.event)),
    },
  );
  const actors = reports.flatMap(({ report: r }) =>
    r.event.date ? actorIds(r.event).map((a) => [a, matchType(r.event), r.event.date, r.doc_id, r.ord] as const) : [],
  );
  await rows(
    client,
    `INSERT INTO report_actors (actor_id, match_type, date, doc_id, ord)
     SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[], @doc::text[], @ord::int[]) ON CONFLICT DO NOTHING`,
    {
      actor: actors.map((a) => a[0]),
      type: actors.map((a) => a[1]),
      date: actors.map((a) => a[2]),
      doc: actors.map((a) => a[3]),
      ord: actors.map((a) => a[4]),
    },
  );
}
