import type pg from "pg";
import type { EventActor, EventRecord } from "../../model/records.js";
import { dyadPairs } from "../dyads.js";
import type { EventSides } from "../merge-participants.js";
import { addToDyadDates, removeFromDyadDates } from "./dyad-dates.js";
import { rows } from "./sql.js";

/** What the participant rows of an event hang on: its sides, and the quad and score its dyad pairs carry. */
export interface SidesOf extends EventSides {
  quad: EventRecord["quad"];
  score: number;
}

/** Writes an event's `event_actors` rows and its `event_dyads` pairs under `date`. */
export async function insertSides(client: pg.PoolClient, id: string, e: SidesOf, date: string | null): Promise<void> {
  const sides = [
    ...e.actors.map((a) => ({ a, side: "actor" })),
    ...e.recipients.map((a) => ({ a, side: "recipient" })),
  ];
  await rows(
    client,
    `INSERT INTO event_actors (event_id, actor_id, country, side)
     SELECT @id, * FROM unnest(@actor::text[], @country::text[], @side::text[])`,
    {
      id,
      actor: sides.map((s) => s.a.actor_id),
      country: sides.map((s) => s.a.country ?? null),
      side: sides.map((s) => s.side),
    },
  );
  const pairs = dyadPairs(e.actors, e.recipients);
  await rows(
    client,
    `INSERT INTO event_dyads (event_id, x_actor, x_country, y_actor, y_country, countries_first, date, quad, score)
     SELECT @id, u.*, @date, @quad, @score
     FROM unnest(@xa::text[], @xc::text[], @ya::text[], @yc::text[], @first::boolean[]) AS u`,
    {
      id,
      date,
      quad: e.quad,
      score: e.score,
      xa: pairs.map((p) => p.x_actor),
      xc: pairs.map((p) => p.x_country),
      ya: pairs.map((p) => p.y_actor),
      yc: pairs.map((p) => p.y_country),
      first: pairs.map((p) => p.countries_first),
    },
  );
}

/**
 * Gives a stored event new participants (a joining report named them better) and, with them, new
 * dyad pairs and `dyad_dates` entries; the event moves from `from` to `to` at the same time.
 */
export async function replaceSides(
  client: pg.PoolClient,
  id: string,
  e: SidesOf,
  from: string | null,
  to: string | null,
): Promise<void> {
  await removeFromDyadDates(client, id, from);
  await rows(client, "UPDATE events SET actors = @actors, recipients = @recipients WHERE event_id = @id", {
    id,
    actors: JSON.stringify(e.actors satisfies EventActor[]),
    recipients: JSON.stringify(e.recipients),
  });
  await rows(client, "DELETE FROM event_actors WHERE event_id = @id", { id });
  await rows(client, "DELETE FROM event_dyads WHERE event_id = @id", { id });
  await insertSides(client, id, e, to);
  await addToDyadDates(client, id);
}
