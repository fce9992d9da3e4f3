import { packed } from "./packed.js";
import type { EventActor } from "./records.js";

/** The two sides of an event. */
export interface EventSides {
  actors: EventActor[];
  recipients: EventActor[];
}

/**
 * Drops a bare country that one of its own people or bodies stands for on either side: "Lloyd Austin
 * urged Dong Jun and China" says no more than "Lloyd Austin urged Dong Jun". A side is never emptied
 * this way (a country standing alone on its side is the participant).
 *
 * @example dropCoveredCountries({ actors: [austin], recipients: [dongJun, china] }) // recipients: [dongJun]
 */
export function dropCoveredCountries(sides: EventSides): EventSides {
  const all = [...sides.actors, ...sides.recipients];
  const covered = (q: EventActor) =>
    q.kind === "country" && all.some((p) => p.kind !== "country" && p.country === q.country);
  // pushed, not filtered, and never the side itself: sides are packed arrays of one class (packed.ts)
  const keep = (side: EventActor[]) => {
    const kept: EventActor[] = [];
    for (const q of side) if (!covered(q)) kept.push(q);
    return kept.length > 0 ? kept : packed(side);
  };
  return { actors: keep(sides.actors), recipients: keep(sides.recipients) };
}
