import type pg from "pg";
import { actorIds, matchType, parseReport, reportText } from "../../corpus/dedup/reports.js";
import type { StoredReport } from "../regroup-plan.js";
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
  const found = await rows<{ component: string }>(
    client,
    `WITH qa AS (SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[]) AS qa (actor_id, type, date)),
     keys AS (SELECT unnest(@keys::text[]) AS merge_key
       UNION SELECT a.merge_key FROM qa
         JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
           AND a.date IN (left(qa.date, 4), left(qa.date, 7), qa.date)
       UNION SELECT a.merge_key FROM qa
         JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
           AND a.date > qa.date AND a.date < qa.date || '~')
     SELECT DISTINCT c.component FROM keys
       CROSS JOIN LATERAL (SELECT component FROM report_texts t WHERE t.merge_key = keys.merge_key LIMIT 1) c`,
    {
      keys: fresh.map((r) => r.merge_key),
      actor: dated.map((d) => d[0]),
      type: dated.map((d) => d[1]),
      date: dated.map((d) => d[2]),
    },
  );
  if (found.length === 0) return [];
  const components = found.map((f) => f.component);
  const stored = await rows<{
    id: string;
    event_id: string;
    component: string;
    merge_key: string;
    report: string;
    weight: number;
    doc_id: string;
    ord: number;
    mentioned: number;
  }>(
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
  return stored.map(({ id, report, ...r }) => ({
    ...r,
    event: parseReport(report),
    docs: [],
    apart: apart.get(r.merge_key) ?? [],
    text_id: Number(id),
  }));
}

/**
 * Records new reports: a report whose text its merge key already has (among the rows read back)
 * weighs on that row, another adds one; then the report's row, the actors its merge key is found by,
 * and the merge keys its document codes apart (same compared type).
 */
export async function recordReports(
  client: pg.PoolClient,
  stored: StoredReport[],
  reports: { report: StoredReport; event_id: string; component: string }[],
): Promise<void> {
  if (reports.length === 0) return;
  const texts = new Map<string, number>();
  for (const r of stored) texts.set(`${r.merge_key}\n${reportText(r.event)}`, r.text_id as number);
  const mentioned = new Set<string>();
  for (const { report: r, event_id, component } of reports) {
    // the document counts once in each merge key it mentions
    const counts = r.event.has_mentions && !mentioned.has(r.merge_key);
    if (counts) mentioned.add(r.merge_key);
    const report = reportText(r.event);
    const key = `${r.merge_key}\n${report}`;
    const at = { key: r.merge_key, report, event_id, component, doc: r.doc_id, ord: r.ord, mentioned: counts ? 1 : 0 };
    let id = texts.get(key);
    if (id === undefined) {
      const [row] = await rows<{ id: string }>(
        client,
        `INSERT INTO report_texts (merge_key, report, event_id, component, weight, doc_id, ord, mentioned)
         VALUES (@key, @report::json, @event_id, @component, 1, @doc, @ord, @mentioned) RETURNING id`,
        at,
      );
      id = Number(row?.id);
      texts.set(key, id);
    } else
      await rows(
        client,
        `UPDATE report_texts SET weight = weight + 1, mentioned = mentioned + @mentioned,
           doc_id = CASE WHEN (@doc::text, @ord::int) < (doc_id, ord) THEN @doc ELSE doc_id END,
           ord = CASE WHEN (@doc::text, @ord::int) < (doc_id, ord) THEN @ord ELSE ord END
         WHERE id = @id`,
        { ...at, id },
      );
    await rows(client, "INSERT INTO event_reports (doc_id, ord, text_id) VALUES (@doc, @ord, @id)", {
      ...at,
      id,
    });
  }
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
  await rows(
    client,
    `INSERT INTO report_actors (actor_id, match_type, date, merge_key)
     SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[], @key::text[]) ON CONFLICT DO NOTHING`,
    {
      actor: actors.map((a) => a[0]),
      type: actors.map((a) => a[1]),
      date: actors.map((a) => a[2]),
      key: actors.map((a) => a[3]),
    },
  );
  await rows(
    client,
    `INSERT INTO report_apart (merge_key, other)
     SELECT * FROM unnest(@a::text[], @b::text[]) ON CONFLICT DO NOTHING`,
    { a: apart.map((p) => p[0]), b: apart.map((p) => p[1]) },
  );
}
