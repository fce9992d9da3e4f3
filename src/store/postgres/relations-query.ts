import { dateRangeClauses } from "../date-range.js";
import { foldRelations, groupEvents, type RelationsEvent, type RelationsGroup } from "../relations.js";
import type { Period, RelationsOptions, RelationsPoint } from "../store.js";
import { dyadOthersSql, termParams } from "./actor-terms.js";
import { dateBoundSql } from "./event-filter.js";
import { type Queryable, rows } from "./sql.js";

/**
 * The cooperation/conflict series between `a` and `b` (actor ids, names, aliases or country codes,
 * matched as the `dyad` event filter), optionally within a date range compared as `from`/`to`.
 * Events where both sides match by country come from `dyad_dates`, one row a date whatever their
 * number; the few where a side matches by actor only come from `event_dyads`. The terms' actor ids
 * are looked up first and sent as arrays, so the planner sees them and ranges both index columns.
 * Unless `range.allStatuses`, events that did not happen are left out: the actor-only ones as they
 * are read; `dyad_dates` holds only events that happened, so with `allStatuses` the pair's others
 * (planned, hypothetical, negated: few) are read from `event_dyads` and added.
 */
export async function relations(
  db: Queryable,
  a: string,
  b: string,
  by: Period,
  range: RelationsOptions = {},
): Promise<RelationsPoint[]> {
  const params: Record<string, unknown> = { ...termParams("r1", a), ...termParams("r2", b) };
  params.r1_ids = await actorIds(db, params.r1_id, params.r1_norm);
  params.r2_ids = await actorIds(db, params.r2_id, params.r2_norm);
  const bounds = (column: string) =>
    dateRangeClauses(column, range, params, dateBoundSql)
      .map((c) => `AND ${c}`)
      .join(" ");
  const countries = { a: params.r1_country !== null, b: params.r2_country !== null };
  const happened = range.allStatuses
    ? ""
    : " AND EXISTS (SELECT 1 FROM events e WHERE e.event_id = o.event_id AND e.status = 'reported')";
  const others = await rows<RelationsEvent>(
    db,
    `SELECT o.event_id AS id, o.date, o.quad, o.score
     FROM (${dyadOthersSql("r1", "r2", countries, (term) => `@${term}_ids::text[]`)}) o
     WHERE o.date IS NOT NULL ${bounds("o.date")}${happened}`,
    params,
  );
  // ids travel as one string a date: splitting it is far cheaper than parsing a text[]
  const dates =
    !countries.a || !countries.b
      ? []
      : await rows<Omit<RelationsGroup, "event_ids"> & { event_ids: string }>(
          db,
          `SELECT d.date AS key, d.verbal_cooperation, d.material_cooperation, d.verbal_conflict, d.material_conflict,
             d.total, d.micro_sum::float8 AS micro_sum, array_to_string(d.event_ids, ',') AS event_ids
           FROM dyad_dates d
           WHERE d.a_country = least(@r1_country::text, @r2_country::text)
             AND d.b_country = greatest(@r1_country::text, @r2_country::text) ${bounds("d.date")}`,
          params,
        );
  const groups = dates.map((d) => ({ ...d, event_ids: d.event_ids.split(",") }));
  const unhappened =
    !range.allStatuses || !countries.a || !countries.b
      ? []
      : await rows<RelationsEvent>(
          db,
          `SELECT p.event_id AS id, p.date, p.quad, p.score FROM event_dyads p
           JOIN events e ON e.event_id = p.event_id
           WHERE p.x_country = @r1_country::text AND p.y_country = @r2_country::text AND p.countries_first
             AND e.status <> 'reported' AND p.date IS NOT NULL ${bounds("p.date")}`,
          params,
        );
  return foldRelations([...groups, ...groupEvents(unhappened), ...groupEvents(others)], by);
}

/** A term's actor ids: itself, and the actors with that name or alias. */
async function actorIds(db: Queryable, id: unknown, norm: unknown): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    `SELECT @id::text AS id UNION SELECT actor_id FROM aliases WHERE alias_norm = @norm
     UNION SELECT actor_id FROM actors WHERE name_norm = @norm`,
    { id, norm },
  );
  return found.map((r) => r.id);
}
