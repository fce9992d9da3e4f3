import type pg from "pg";
import { actorIds, matchType } from "../../corpus/dedup/reports.js";
import type { EventRecord } from "../../model/records.js";
import { rows } from "./sql.js";

/** A new report as the candidate look-up reads it: the event it was written into, its key, its event. */
export interface Probe {
  event_id: string;
  merge_key: string;
  event: EventRecord;
}

/**
 * The components of stored reports that new reports may link to, in one round trip: those of the
 * events they were written into (which the write may have changed), of their merge keys, and of the
 * reports sharing a resolved actor and compared type at a date a new one refines or is refined by
 * (two searches of the key, not a scan of every date of the actor).
 */
export async function candidateComponents(client: pg.PoolClient, probes: Probe[]): Promise<string[]> {
  const dated = probes.flatMap((p) =>
    p.event.date ? actorIds(p.event).map((actor) => [actor, matchType(p.event), p.event.date as string]) : [],
  );
  const found = await rows<{ component: string }>(
    client,
    `WITH qa AS (SELECT * FROM unnest(@actor::text[], @type::text[], @date::text[]) AS qa (actor_id, type, date))
     SELECT component FROM event_reports WHERE event_id = ANY(@events::text[])
     UNION SELECT component FROM event_reports WHERE merge_key = ANY(@keys::text[])
     UNION SELECT r.component FROM qa
       JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
         AND a.date IN (left(qa.date, 4), left(qa.date, 7), qa.date)
       JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord
     UNION SELECT r.component FROM qa
       JOIN report_actors a ON a.actor_id = qa.actor_id AND a.match_type = qa.type
         AND a.date > qa.date AND a.date < qa.date || '~'
       JOIN event_reports r ON r.doc_id = a.doc_id AND r.ord = a.ord`,
    {
      events: probes.map((p) => p.event_id),
      keys: probes.map((p) => p.merge_key),
      actor: dated.map((d) => d[0]),
      type: dated.map((d) => d[1]),
      date: dated.map((d) => d[2]),
    },
  );
  return found.map((f) => f.component);
}
