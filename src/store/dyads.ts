import type { EventActor } from "../model/records.js";

/** Two participants of one event facing each other: `x` on one side, `y` on the other. */
export interface DyadPair {
  x_actor: string;
  x_country: string | null;
  y_actor: string;
  y_country: string | null;
  /** True on one pair of the event per (x_country, y_country): a country dyad counts each event once. */
  countries_first: boolean;
}

/**
 * The ordered pairs of an event's participants that face each other, both ways round, as the
 * `dyad` filter and relations series read them: every actor with every recipient; in an event with
 * no recipient (a meeting where no side hosts), every actor with every other actor. Shared by every
 * store, which keeps these pairs with the event's date, quad class and score in `event_dyads`.
 *
 * @example dyadPairs([qin], [blinken]) // [{ x: qin-gang/CHN, y: antony-blinken/USA }, { x: antony-blinken/USA, y: qin-gang/CHN }]
 */
export function dyadPairs(actors: readonly EventActor[], recipients: readonly EventActor[]): DyadPair[] {
  const facing: [EventActor, EventActor][] =
    recipients.length > 0
      ? [
          ...actors.flatMap((x) => recipients.map((y): [EventActor, EventActor] => [x, y])),
          ...recipients.flatMap((x) => actors.map((y): [EventActor, EventActor] => [x, y])),
        ]
      : actors.flatMap((x, i) => actors.filter((_, j) => j !== i).map((y): [EventActor, EventActor] => [x, y]));
  const pairs = new Map<string, DyadPair>();
  const countries = new Set<string>();
  for (const [x, y] of facing) {
    const key = JSON.stringify([x.actor_id, x.country ?? null, y.actor_id, y.country ?? null]);
    if (pairs.has(key)) continue;
    const both = JSON.stringify([x.country ?? null, y.country ?? null]);
    pairs.set(key, {
      x_actor: x.actor_id,
      x_country: x.country ?? null,
      y_actor: y.actor_id,
      y_country: y.country ?? null,
      countries_first: !countries.has(both),
    });
    countries.add(both);
  }
  return [...pairs.values()];
}
