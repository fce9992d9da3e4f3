import type { EventRecord } from "../model/records.js";

/**
 * Which canonical event a coded event belongs to across articles: same type, same participants
 * (whichever side each report puts them on), same day and status. A first, strict rule: reports that
 * disagree on the date or name a participant differently stay apart.
 *
 * @example mergeKey(callOn20230101) // "CONSULT|p:antony-blinken+p:qin-gang|2023-01-01|reported"
 */
export function mergeKey(event: EventRecord): string {
  const ids = [...event.actors, ...event.recipients].map((a) => a.actor_id || `~${a.name.toLowerCase()}`);
  const participants = [...new Set(ids)].sort().join("+");
  return [kindOf(event), participants, event.date ?? "", event.status].join("|");
}

/**
 * The event's type, with an agreement to meet (CAMEO 036: `will hold consultations`, `agreed to
 * meet`) kept apart from an agreement of other content (`agreed to add flights`): both are AGREE,
 * often undated and between the same two sides, yet they are different events.
 */
function kindOf(event: EventRecord): string {
  return event.event_type === "AGREE" && event.cameo === "036" ? "AGREE:meet" : event.event_type;
}
