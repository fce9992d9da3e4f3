import type { KnowledgeBase } from "../../actors/kb.js";
import type { EventActor, EventLocation } from "../../model/records.js";
import type { TriggerRow } from "../../ontology/triggers.js";

/**
 * Types whose act weighs on the place it happens in: a protest, a curfew or its lifting, troops moved
 * in, aid or a withdrawal there. Words said in a city (REQUEST, ACCUSE …) and attacks (a jet shot down
 * off a coast) do not make the place their target.
 */
const ON_PLACE = new Set(["PROTEST", "COERCE", "CONCEDE", "RETREAT", "MOBILIZE", "AID"]);

/**
 * `Serbia lifted the curfew in Montenegro`, `students demonstrated in Belgrade`, `Israel reinforced
 * its troops in Lebanon`: an act of those types aimed at no named side falls on the country where it takes place,
 * which becomes its recipient, even when that is the actor's own country (domestic events are coded
 * X → X). Meetings keep their place as a place: every side of a meeting is named.
 *
 * @example placeTarget(row, [], { name: "Belgrade", country: "SRB", … }, kb) // [Serbia]
 */
export function placeTarget(
  row: TriggerRow,
  recipients: readonly EventActor[],
  location: EventLocation | null,
  kb: KnowledgeBase,
): EventActor[] {
  if (recipients.length > 0 || !(row.frame === "visit" || (row.frame === "directed" && ON_PLACE.has(row.type)))) {
    return [...recipients];
  }
  const code = location?.country;
  const country = code && /^[A-Z]{3}$/.test(code) ? kb.get(code) : undefined;
  if (!location || !country || country.kind !== "country") return [];
  return [
    {
      actor_id: country.id,
      name: country.name,
      kind: "country",
      country: country.country ?? country.id,
      sector: null,
      role: null,
      text: location.name,
    },
  ];
}
