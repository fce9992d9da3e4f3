import type { Migration } from "./migrations.js";

/**
 * Fills `event_dyads` from `event_actors`: the pairs `dyadPairs` (../dyads.ts) gives when an event
 * is saved, for events stored before the table existed or loaded in bulk. Idempotent: an event
 * that already has its pairs is skipped.
 */
export const SQLITE_DYADS_BACKFILL = `
  INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, date, quad, score)
  SELECT DISTINCT x.event_id, x.actor_id, x.country, y.actor_id, y.country, e.date, e.quad, e.score
  FROM event_actors x
  JOIN event_actors y ON y.event_id = x.event_id
  JOIN events e ON e.event_id = x.event_id
  WHERE (x.side <> y.side OR (x.side = 'actor' AND y.side = 'actor' AND x.rowid <> y.rowid
      AND NOT EXISTS (SELECT 1 FROM event_actors r WHERE r.event_id = x.event_id AND r.side = 'recipient')))
    AND NOT EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = x.event_id);
`;

/**
 * Every pair of participants facing each other in an event, both ways round, with the event's date,
 * quad class and score. The dyad filter and relations series read only these covering indexes, so a
 * dyad's monthly series stays fast in a store of millions of events.
 */
export const DYADS_MIGRATION: Migration = {
  version: 6,
  name: "dyads",
  up: `
    CREATE TABLE event_dyads (
      event_id TEXT NOT NULL REFERENCES events (event_id),
      x_actor TEXT NOT NULL, x_country TEXT,
      y_actor TEXT NOT NULL, y_country TEXT,
      date TEXT, quad TEXT NOT NULL, score REAL NOT NULL
    );
    ${SQLITE_DYADS_BACKFILL}
    CREATE INDEX event_dyads_actors ON event_dyads (x_actor, y_actor, date, event_id, quad, score);
    CREATE INDEX event_dyads_actor_country ON event_dyads (x_actor, y_country, date, event_id, quad, score);
    CREATE INDEX event_dyads_countries ON event_dyads (x_country, y_country, date, event_id, quad, score);
    CREATE INDEX event_dyads_event ON event_dyads (event_id);
  `,
};
