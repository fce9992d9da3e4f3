import { type Queryable, rows } from "./sql.js";

/** The unordered country pairs an event's participants form, from its first pairs in `event_dyads`. */
const PAIRS = `SELECT DISTINCT least(p.x_country, p.y_country) AS a, greatest(p.x_country, p.y_country) AS b
  FROM event_dyads p WHERE p.event_id = @id AND p.countries_first AND p.x_country IS NOT NULL AND p.y_country IS NOT NULL`;

const QUAD_COUNTS = (sign: "+" | "-") =>
  ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
    .map((q) => `${q} = d.${q} ${sign} (e.quad = '${q}')::int`)
    .join(", ");

/**
 * Adds a stored event (with its `event_dyads` rows) to `dyad_dates` under its current date, once
 * per pair of countries facing each other in it. Only events that happened (status `reported`) are
 * kept there, and dated ones.
 */
export async function addToDyadDates(db: Queryable, id: string): Promise<void> {
  await rows(
    db,
    `INSERT INTO dyad_dates AS d (a_country, b_country, date, verbal_cooperation, material_cooperation,
       verbal_conflict, material_conflict, total, micro_sum, event_ids)
     SELECT pairs.a, pairs.b, e.date, (e.quad = 'verbal_cooperation')::int, (e.quad = 'material_cooperation')::int,
       (e.quad = 'verbal_conflict')::int, (e.quad = 'material_conflict')::int, 1, round(e.score * 1000000),
       ARRAY[e.event_id]
     FROM (${PAIRS}) pairs, events e WHERE e.event_id = @id AND e.date IS NOT NULL AND e.status = 'reported'
     ON CONFLICT (a_country, b_country, date) DO UPDATE SET
       verbal_cooperation = d.verbal_cooperation + excluded.verbal_cooperation,
       material_cooperation = d.material_cooperation + excluded.material_cooperation,
       verbal_conflict = d.verbal_conflict + excluded.verbal_conflict,
       material_conflict = d.material_conflict + excluded.material_conflict,
       total = d.total + 1, micro_sum = d.micro_sum + excluded.micro_sum,
       event_ids = ARRAY(SELECT unnest(d.event_ids || excluded.event_ids) ORDER BY 1)`,
    { id },
  );
}

/** Takes an event out of `dyad_dates` under `date` (its date before a change), if there, dropping emptied rows. */
export async function removeFromDyadDates(db: Queryable, id: string, date: string | null): Promise<void> {
  if (date === null) return;
  await rows(
    db,
    `WITH pairs AS (${PAIRS}), changed AS (
       UPDATE dyad_dates d SET ${QUAD_COUNTS("-")}, total = d.total - 1,
         micro_sum = d.micro_sum - round(e.score * 1000000), event_ids = array_remove(d.event_ids, e.event_id)
       FROM events e, pairs
       WHERE e.event_id = @id AND d.a_country = pairs.a AND d.b_country = pairs.b AND d.date = @date
         AND e.event_id = ANY(d.event_ids)
       RETURNING d.a_country, d.b_country, d.total)
     DELETE FROM dyad_dates d USING changed c
     WHERE c.total = 0 AND d.a_country = c.a_country AND d.b_country = c.b_country AND d.date = @date`,
    { id, date },
  );
}

/** Moves a canonical event to another date: the event, its dyad pairs and its per-date counts. */
export async function moveEventDate(db: Queryable, id: string, from: string | null, to: string | null): Promise<void> {
  await removeFromDyadDates(db, id, from);
  await rows(db, "UPDATE event_dyads SET date = @to WHERE event_id = @id", { to, id });
  await rows(db, "UPDATE events SET date = @to WHERE event_id = @id", { to, id });
  await addToDyadDates(db, id);
}
