import type pg from "pg";
import { actorIds, matchType, reportText } from "../../corpus/dedup/reports.js";
import { fewFinerDatesSql } from "../near-dates-sql.js";
import { type ReportTextRow, type StoredReport, storedReport } from "../regroup-plan.js";
import { rows } from "./sql.js";

/**
 * The stored reports new ones may link to, whole components of them, one row a distinct report
 * (`report_texts`), in two round trips: the components of the new reports' merge keys, and of the
 * merge keys sharing a resolved actor and compared type at a date a new one refines or is refined
 * by (two searches of the key each); then their rows, with the merge keys a document coded apart.
 */
export async function componentReports(client: pg.PoolClient, fresh: StoredReport[]): Promise<StoredReport[]> {
  const dated = fresh.flatMap((r) =>
    r.event.date ? actorIds(r.event).map((actor) => [actor, matchType(r.event), r.event.date as string]) : [],
  );
  return readComponents(
    client,
    fresh.map((r) => r.merge_key),
    dated,
  );
}

/**
 * The stored reports, whole components of them, of merge keys `keys` and of those a report of a
 * resolved actor, compared type and date (`dated`: `[actor, type, date]`) may link to.
 */
export async function readComponents(
  client: pg.PoolClient,
  keys: string[],
  dated: string[][],
): Promise<StoredReport[]> {
  const found = await rows<{ component: string }>(
    client,
    `WITH qa AS (SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[]) AS qa (actor_id, type, date)),
     keys AS (SELECT unnest(@keys::text[]) AS merge_key
       UNION SELECT a.merge_key FROM qa
         JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
           AND a.date IN (left(qa.date, 4), left(qa.date, 7), qa.date)
         WHERE a.date = qa.date OR ${fewFinerDatesSql("a.date", "qa.actor_id", "qa.type")}
       UNION SELECT a.merge_key FROM qa
         JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
           AND a.date > qa.date AND a.date < qa.date || '~'
         WHERE ${fewFinerDatesSql("qa.date", "qa.actor_id", "qa.type")})
     SELECT DISTINCT c.component FROM keys
       CROSS JOIN LATERAL (SELECT component FROM report_texts t WHERE t.merge_key = keys.merge_key LIMIT 1) c`,
    {
      keys,
      actor: dated.map((d) => d[0]),
      type: dated.map((d) => d[1]),
      date: dated.map((d) => d[2]),
    },
  );
  if (found.length === 0) return [];
  const components = found.map((f) => f.component);
  const stored = await rows<ReportTextRow>(
    client,
    `SELECT id, event_id, component, merge_key, report::text AS report, weight, doc_id, ord, mentioned
     FROM report_texts WHERE component = ANY(@c::text[])`,
    { c: components },
  );
  const apart = new Map<string, string[]>();
  const pairs = await rows<{ merge_key: string; other: string }>(
    client,
    `SELECT merge_key, other FROM report_apart
     WHERE merge_key IN (SELECT merge_key FROM report_texts WHERE component = ANY(@c::text[]))`,
    { c: components },
  );
  for (const { merge_key, other } of pairs) apart.set(merge_key, [...(apart.get(merge_key) ?? []), other]);
  return stored.map((row) => storedReport(row, apart));
}

/** The new reports of one text of one merge key: what its row gains. */
interface Tally {
  key: string;
  report: string;
  event_id: string;
  component: string;
  id: number | undefined;
  weight: number;
  mentioned: number;
  doc: string;
  ord: number;
}

/**
 * Records new reports: reports whose text their merge key already has (among the rows read back)
 * weigh on that row, others add one; then the reports' rows, the actors their merge keys are found
 * by, and the merge keys their document codes apart (same compared type). A few statements a save,
 * however many reports.
 */
export async function recordReports(
  client: pg.PoolClient,
  stored: StoredReport[],
  reports: { report: StoredReport; event_id: string; component: string }[],
): Promise<void> {
  if (reports.length === 0) return;
  const texts = new Map<string, number>();
  for (const r of stored) texts.set(`${r.merge_key}\n${reportText(r.event)}`, r.text_id as number);
  const tallies = new Map<string, Tally>();
  const mentioned = new Set<string>();
  const refs: { doc: string; ord: number; tally: Tally }[] = [];
  for (const { report: r, event_id, component } of reports) {
    const report = reportText(r.event);
    const key = `${r.merge_key}\n${report}`;
    let tally = tallies.get(key);
    if (!tally) {
      // the first report of the document giving the text (reports come in document order)
      tally = {
        key: r.merge_key,
        report,
        event_id,
        component,
        id: texts.get(key),
        weight: 0,
        mentioned: 0,
        doc: r.doc_id,
        ord: r.ord,
      };
      tallies.set(key, tally);
    }
    tally.weight += 1;
    // the document counts once in each merge key it mentions
    if (r.event.has_mentions && !mentioned.has(r.merge_key)) {
      mentioned.add(r.merge_key);
      tally.mentioned += 1;
    }
    refs.push({ doc: r.doc_id, ord: r.ord, tally });
  }
  const added = [...tallies.values()].filter((t) => t.id === undefined);
  const made = await rows<{ id: string; doc_id: string; ord: number }>(
    client,
    `INSERT INTO report_texts (merge_key, report, event_id, component, weight, doc_id, ord, mentioned)
     SELECT u.key, u.report::json, u.event_id, u.component, u.weight, u.doc, u.ord, u.mentioned
     FROM unnest(@key::text[], @report::text[], @event::text[], @component::text[], @weight::int[], @doc::text[],
       @ord::int[], @mentioned::int[]) AS u (key, report, event_id, component, weight, doc, ord, mentioned)
     RETURNING id, doc_id, ord`,
    {
      key: added.map((t) => t.key),
      report: added.map((t) => t.report),
      event: added.map((t) => t.event_id),
      component: added.map((t) => t.component),
      weight: added.map((t) => t.weight),
      doc: added.map((t) => t.doc),
      ord: added.map((t) => t.ord),
      mentioned: added.map((t) => t.mentioned),
    },
  );
  // a new text's first report is its own: the document and index say which row is whose
  const ids = new Map(made.map((m) => [`${m.doc_id}\n${m.ord}`, Number(m.id)]));
  for (const t of added) t.id = ids.get(`${t.doc}\n${t.ord}`);
  const weighed = [...tallies.values()].filter((t) => !added.includes(t));
  await rows(
    client,
    `UPDATE report_texts t SET weight = t.weight + u.weight, mentioned = t.mentioned + u.mentioned,
       doc_id = CASE WHEN (u.doc COLLATE "C", u.ord) < (t.doc_id, t.ord) THEN u.doc ELSE t.doc_id END,
       ord = CASE WHEN (u.doc COLLATE "C", u.ord) < (t.doc_id, t.ord) THEN u.ord ELSE t.ord END
     FROM unnest(@id::bigint[], @weight::int[], @mentioned::int[], @doc::text[], @ord::int[])
       AS u (id, weight, mentioned, doc, ord)
     WHERE t.id = u.id`,
    {
      id: weighed.map((t) => t.id),
      weight: weighed.map((t) => t.weight),
      mentioned: weighed.map((t) => t.mentioned),
      doc: weighed.map((t) => t.doc),
      ord: weighed.map((t) => t.ord),
    },
  );
  await rows(
    client,
    `INSERT INTO event_reports (doc_id, ord, text_id)
     SELECT * FROM unnest(@doc::text[], @ord::int[], @id::bigint[])`,
    { doc: refs.map((r) => r.doc), ord: refs.map((r) => r.ord), id: refs.map((r) => r.tally.id) },
  );
  const actors = reports.flatMap(({ report: r }) =>
    r.event.date ? actorIds(r.event).map((a) => [a, matchType(r.event), r.event.date, r.merge_key] as const) : [],
  );
  const byType = new Map<string, Set<string>>();
  for (const { report: r } of reports) {
    const type = matchType(r.event);
    byType.set(type, (byType.get(type) ?? new Set()).add(r.merge_key));
  }
  const apart = [...byType.values()].flatMap((set) =>
    [...set].flatMap((a) => [...set].filter((b) => b !== a).map((b) => [a, b])),
  );
  await insertReportActors(client, actors);
  await rows(
    client,
    `INSERT INTO report_apart (merge_key, other)
     SELECT * FROM unnest(@a::text[], @b::text[]) ON CONFLICT DO NOTHING`,
    { a: apart.map((p) => p[0]), b: apart.map((p) => p[1]) },
  );
}

/** Rows of `report_actors` (actor, compared type, date, merge key): where later saves find a report's merge key. */
export async function insertReportActors(
  client: pg.PoolClient,
  found: readonly (readonly [string, string, string | null, string])[],
): Promise<void> {
  await rows(
    client,
    `INSERT INTO report_actors (actor_id, match_type, date, merge_key)
     SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[], @key::text[]) ON CONFLICT DO NOTHING`,
    {
      actor: found.map((a) => a[0]),
      type: found.map((a) => a[1]),
      date: found.map((a) => a[2]),
      key: found.map((a) => a[3]),
    },
  );
}
