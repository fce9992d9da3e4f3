import type { PgMigration } from "./migrations.js";

/**
 * Fills `event_dyads` from `event_actors`: the pairs `dyadPairs` (../dyads.ts) gives when an event
 * is saved, for events stored before the table existed or loaded in bulk. Idempotent: an event
 * that already has its pairs is skipped.
 */
export const PG_DYADS_BACKFILL = `
  INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score, countries_first)
  SELECT d.*, row_number() OVER (PARTITION BY d.event_id, d.x_country, d.y_country ORDER BY d.x_actor, d.y_actor) = 1
  FROM (SELECT DISTINCT x.event_id, x.actor_id AS x_actor, x.country AS x_country, y.actor_id AS y_actor,
      y.country AS y_country, e.date, e.quad, e.score
  FROM event_actors x
  JOIN event_actors y ON y.event_id = x.event_id
  JOIN events e ON e.event_id = x.event_id
  WHERE (x.side <> y.side OR (x.side = 'actor' AND y.side = 'actor' AND x.seq <> y.seq
      AND NOT EXISTS (SELECT 1 FROM event_actors r WHERE r.event_id = x.event_id AND r.side = 'recipient')))
    AND NOT EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = x.event_id)) d;
`;

/**
 * Fills `dyad_dates` from `event_dyads`: per unordered pair of countries and date, the events of
 * that date that happened in which the two countries face each other (each event once), as saving
 * maintains it.
 */
export const PG_DYAD_DATES_BACKFILL = `
  INSERT INTO dyad_dates (a_country, b_country, date, verbal_cooperation, material_cooperation, verbal_conflict,
    material_conflict, total, micro_sum, event_ids)
  SELECT d.a, d.b, d.date,
    count(*) FILTER (WHERE d.quad = 'verbal_cooperation'), count(*) FILTER (WHERE d.quad = 'material_cooperation'),
    count(*) FILTER (WHERE d.quad = 'verbal_conflict'), count(*) FILTER (WHERE d.quad = 'material_conflict'),
    count(*), sum(round(d.score * 1000000)), array_agg(d.event_id ORDER BY d.event_id)
  FROM (SELECT DISTINCT p.event_id, least(p.x_country, p.y_country) AS a, greatest(p.x_country, p.y_country) AS b,
      p.date, p.quad, p.score
    FROM event_dyads p JOIN events e ON e.event_id = p.event_id
    WHERE p.countries_first AND p.x_country IS NOT NULL AND p.y_country IS NOT NULL AND p.date IS NOT NULL
      AND e.status = 'reported') d
  GROUP BY d.a, d.b, d.date
  ON CONFLICT DO NOTHING;
`;

/**
 * Every pair of participants facing each other in an event (`../dyads.ts`), both ways round, with
 * the event's date, quad class and score: a dyad's events are then index-only range reads, whatever
 * the size of the store. `countries_first` marks one pair an event per pair of countries, so a
 * country dyad reads each event once without de-duplicating. `dyad_dates` keeps, per pair of
 * countries and date, the counts, exact score sum and ids of their events: a country dyad's series
 * reads one row a date. Filled from the stored events when the step runs.
 */
export const DYADS_MIGRATION: PgMigration = {
  version: 6,
  name: "dyads",
  up: `
    CREATE TABLE event_dyads (
      event_id text COLLATE "C" NOT NULL REFERENCES events (event_id),
      x_actor text COLLATE "C" NOT NULL, x_country text COLLATE "C",
      y_actor text COLLATE "C" NOT NULL, y_country text COLLATE "C",
      date text COLLATE "C", quad text NOT NULL, score double precision NOT NULL,
      countries_first boolean NOT NULL
    );
    ${PG_DYADS_BACKFILL}
    CREATE INDEX event_dyads_actors ON event_dyads (x_actor, y_actor, x_country, date)
      INCLUDE (y_country, event_id, quad, score);
    CREATE INDEX event_dyads_actor_country ON event_dyads (x_actor, y_country, x_country, date)
      INCLUDE (event_id, quad, score);
    CREATE INDEX event_dyads_countries ON event_dyads (x_country, y_country, date, event_id)
      INCLUDE (quad, score) WHERE countries_first;
    CREATE INDEX event_dyads_event ON event_dyads (event_id, x_country, y_country);
    CREATE TABLE dyad_dates (
      a_country text COLLATE "C" NOT NULL, b_country text COLLATE "C" NOT NULL, date text COLLATE "C" NOT NULL,
      verbal_cooperation integer NOT NULL, material_cooperation integer NOT NULL,
      verbal_conflict integer NOT NULL, material_conflict integer NOT NULL,
      total integer NOT NULL, micro_sum bigint NOT NULL, event_ids text[] NOT NULL,
      PRIMARY KEY (a_country, b_country, date)
    );
    ${PG_DYAD_DATES_BACKFILL}
  `,
};
