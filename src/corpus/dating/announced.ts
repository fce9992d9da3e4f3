import type { EventRecord } from "../../model/records.js";
import { isPloverType } from "../../ontology/plover.js";

/**
 * The type an announced event will have when it happens. PLOVER codes a stated intention by what it
 * is now (a planned meeting is AGREE), and the coder marks such a mention's rule `+intent` after the
 * trigger it read ("consult.meet.verb+args.subject-object+intent"): the trigger's type is the
 * event's once it takes place, the one a dated report of it carries.
 *
 * @example happeningType(plannedMeeting) // "CONSULT" for an AGREE read from "will meet"
 */
export function happeningType(e: EventRecord): string {
  const rule = e.mentions.find((m) => m.rule.includes("+intent"))?.rule;
  const concept = rule?.split(".")[0]?.toUpperCase();
  return concept && isPloverType(concept) ? concept : e.event_type;
}
