import { dropCoveredCountries, type EventSides } from "../model/covered.js";
import type { EventActor } from "../model/records.js";

export type { EventSides } from "../model/covered.js";

/** How much a participant says: a named person over an organisation or group, over a country standing for them. */
const SPECIFICITY: Record<EventActor["kind"], number> = { person: 3, organization: 2, group: 1, country: 0 };

const sameActor = (a: EventActor, b: EventActor) =>
  a.actor_id !== "" ? a.actor_id === b.actor_id : a.name.toLowerCase() === b.name.toLowerCase();

/** The stored side with the incoming participants folded in (see `mergeParticipants`). */
function mergeSide(stored: EventActor[], incoming: EventActor[], other: EventActor[], fill: boolean): EventActor[] {
  const out = [...stored];
  for (const p of incoming) {
    if (out.some((q) => sameActor(p, q)) || other.some((q) => sameActor(p, q))) continue;
    // "the US Minister" (United States) in one report, "Antony Blinken" in the other: the name wins
    const vaguer = out.findIndex(
      (q) => q.country !== null && q.country === p.country && SPECIFICITY[q.kind] < SPECIFICITY[p.kind],
    );
    if (vaguer >= 0) out[vaguer] = p;
    else if (fill && stored.length === 0) out.push(p);
  }
  return out;
}

/**
 * The participants of a canonical event after another report of it joins: the best-supported of
 * both. A participant is kept when the canonical event has it; a named actor replaces a vaguer one
 * of the same country on the same side (a person for the country or office that stood for them); a
 * missing recipient is filled from the report when one actor stands alone (a visit with no host; several
 * actors and no recipient is a meeting no side hosts), and a country
 * that one of its own people or bodies then stands for is dropped. A participant
 * that contradicts the canonical event otherwise (another country) is not taken: the canonical
 * event stands on at least as many reports as the one that joins. Each side keeps its order.
 *
 * @example mergeParticipants({ actors: [usa], recipients: [] }, { actors: [blinken], recipients: [china] })
 *   // { actors: [blinken], recipients: [china] }
 */
export function mergeParticipants(stored: EventSides, incoming: EventSides): EventSides {
  const actors = mergeSide(stored.actors, incoming.actors, stored.recipients, false);
  // "Biden and Xi met": several actors and no recipient is a meeting no side hosts, not a missing host
  const recipients = mergeSide(stored.recipients, incoming.recipients, actors, stored.actors.length === 1);
  // a country one of its own people or bodies now stands for, on either side, says nothing more
  return dropCoveredCountries({ actors, recipients });
}
