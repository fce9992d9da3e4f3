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
  return [event.event_type, participants, event.date ?? "", event.status].join("|");
}
