import type { Migration } from "./migrations.js";

/**
 * Fills `event_dyads` from `event_actors`: the pairs `dyadPairs` (../dyads.ts) gives when an event
 * is saved, for events stored before the table existed or loaded in bulk. Idempotent: an event
 * that already has its pairs is skipped.
 */
export const SQLITE_DYADS_BACKFILL = `
  INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score, countries_first)
  SELECT d.*, row_number() OVER (PARTITION BY d.event_id, d.x_country, d.y_country ORDER BY d.x_actor, d.y_actor) = 1
  FROM (SELECT DISTINCT x.event_id, x.actor_id AS x_actor, x.country AS x_country, y.actor_id AS y_actor,
      y.country AS y_country, e.date, e.quad, e.score
  FROM event_actors x
  JOIN event_actors y ON y.event_id = x.event_id
  JOIN events e ON e.event_id = x.event_id
  WHERE (x.side <> y.side OR (x.side = 'actor' AND y.side = 'actor' AND x.rowid <> y.rowid
      AND NOT EXISTS (SELECT 1 FROM event_actors r WHERE r.event_id = x.event_id AND r.side = 'recipient')))
    AND NOT EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = x.event_id)) d;
`;

/**
 * Fills `dyad_dates` from `event_dyads`: per unordered pair of countries and date, the events of
 * that date that happened in which the two countries face each other (each event once), as saving
 * maintains it.
 */
export const SQLITE_DYAD_DATES_BACKFILL = `
  INSERT OR IGNORE INTO dyad_dates (a_country, b_country, date, verbal_cooperation, material_cooperation,
    verbal_conflict, material_conflict, total, micro_sum, event_ids)
  SELECT d.a, d.b, d.date, sum(d.quad = 'verbal_cooperation'), sum(d.quad = 'material_cooperation'),
    sum(d.quad = 'verbal_conflict'), sum(d.quad = 'material_conflict'), count(*),
    CAST(sum(round(d.score * 1000000)) AS INTEGER), group_concat(d.event_id, ',' ORDER BY d.event_id)
  FROM (SELECT DISTINCT p.event_id, min(p.x_country, p.y_country) AS a, max(p.x_country, p.y_country) AS b,
      p.date, p.quad, p.score
    FROM event_dyads p JOIN events e ON e.event_id = p.event_id
    WHERE p.countries_first AND p.x_country IS NOT NULL AND p.y_country IS NOT NULL AND p.date IS NOT NULL
      AND e.status = 'reported') d
  GROUP BY d.a, d.b, d.date;
`;

/**
 * `dyad_dates` holds only events that happened (status `reported`): the series relations show by
 * default read it alone, whatever the share of planned, hypothetical or negated events.
 */
export const DYAD_DATES_HAPPENED_MIGRATION: Migration = {
  version: 8,
  name: "dyad dates of events that happened",
  up: `DELETE FROM dyad_dates; ${SQLITE_DYAD_DATES_BACKFILL}`,
};

/**
 * Every pair of participants facing each other in an event, both ways round, with the event's date,
 * quad class and score. The dyad filter and relations series read only these covering indexes, so a
 * dyad's monthly series stays fast in a store of millions of events. `countries_first` marks one
 * pair an event per pair of countries, so a country dyad reads each event once. `dyad_dates` keeps,
 * per pair of countries and date, the counts, exact score sum and ids (comma-separated, in id order)
 * of their events: a country dyad's series reads one row a date.
 */
export const DYADS_MIGRATION: Migration = {
  version: 6,
  name: "dyads",
  up: `
    CREATE TABLE event_dyads (
      event_id TEXT NOT NULL REFERENCES events (event_id),
      x_actor TEXT NOT NULL, x_country TEXT,
      y_actor TEXT NOT NULL, y_country TEXT,
      date TEXT, quad TEXT NOT NULL, score REAL NOT NULL,
      countries_first INTEGER NOT NULL
    );
    ${SQLITE_DYADS_BACKFILL}
    CREATE INDEX event_dyads_actors ON event_dyads (x_actor, y_actor, x_country, date, y_country, event_id, quad, score);
    CREATE INDEX event_dyads_actor_country ON event_dyads (x_actor, y_country, x_country, date, event_id, quad, score);
    CREATE INDEX event_dyads_countries ON event_dyads (x_country, y_country, date, event_id, quad, score,
      countries_first) WHERE countries_first;
    CREATE INDEX event_dyads_event ON event_dyads (event_id, x_country, y_country);
    CREATE TABLE dyad_dates (
      a_country TEXT NOT NULL, b_country TEXT NOT NULL, date TEXT NOT NULL,
      verbal_cooperation INTEGER NOT NULL, material_cooperation INTEGER NOT NULL,
      verbal_conflict INTEGER NOT NULL, material_conflict INTEGER NOT NULL,
      total INTEGER NOT NULL, micro_sum INTEGER NOT NULL, event_ids TEXT NOT NULL,
      PRIMARY KEY (a_country, b_country, date)
    ) WITHOUT ROWID;
    ${SQLITE_DYAD_DATES_BACKFILL}
  `,
};
