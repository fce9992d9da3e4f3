import type { EntityMention } from "../../doc/layers.js";
import type { EventActor } from "../../model/records.js";

/**
 * The one country a sentence names, or null when it names none or several: `President Museveni
 * banned Ugandan opposition candidates` names Uganda only.
 */
export function soleCountry(inSentence: readonly EntityMention[]): string | null {
  const countries = new Set(
    inSentence
      .filter((e) => (e.type === "GPE" || e.type === "NORP") && e.country && /^[A-Z]{3}$/.test(e.country))
      .map((e) => e.country as string),
  );
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/**
 * A titled person the knowledge base does not know, with no country stated, is implied to hold office
 * in the one country the sentence names (`Judge Ana Ruiz opened an inquiry into Chilean officials` →
 * CHL): domestic politics is the common case. Anyone else, or a sentence naming several countries,
 * stays as it was.
 */
export function implyCountry(actor: EventActor, country: string | null): EventActor {
  if (actor.country || !country || actor.kind !== "person" || !actor.role) return actor;
  return { ...actor, country };
}
