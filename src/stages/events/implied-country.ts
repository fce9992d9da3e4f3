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
 * A titled person the knowledge base does not know, or an unnamed group, with no country stated, is
 * implied to belong to the one country the sentence names (`Judge Ana Ruiz opened an inquiry into
 * Chilean officials` → CHL, `Prisoners rioted in protest at Kenya's new law` → KEN): domestic politics
 * is the common case. Anyone else, or a sentence naming several countries, stays as it was, and so
 * does an unnamed state body (`the ministry`) when that country receives the act: it is a foreign one.
 */
export function implyCountry(
  actor: EventActor,
  country: string | null,
  recipients: ReadonlySet<string> = new Set(),
): EventActor {
  const titled = actor.kind === "person" && actor.role;
  if (actor.country || !country || !(titled || actor.kind === "group")) return actor;
  // "the foreign ministry protested over the US action": a government body does not answer its own state
  if (recipients.has(country) && STATE_BODY.test(actor.name)) return actor;
  return { ...actor, country };
}

/** Unnamed bodies that speak for a state abroad. */
const STATE_BODY = /\b(?:ministry|government|embassy|consulate|cabinet|foreign office|spokes(?:man|woman|person))\b/i;

/**
 * The country a people named by its nationality lives in, when the sentence says so: `Bosnian Serbs`
 * (a demonym right after a country word: BIH), `ethnic Albanians … in Serbia` (an ethnic group with
 * the place of the event: SRB). PLOVER codes a group by the state it belongs to, not by its kin state.
 * Null when the sentence does not say.
 */
export function residenceOf(
  e: EntityMention,
  inSentence: readonly EntityMention[],
  text: string,
  placeCountry: string | null,
): string | null {
  if (e.type !== "NORP") return null;
  const before = inSentence.filter((o) => o.end <= e.start && /^\s+$/.test(text.slice(o.end, e.start)));
  const home = before.find((o) => (o.type === "NORP" || o.type === "GPE") && o.country && o.country !== e.country);
  if (home?.country) return home.country;
  const ethnic = /\bethnic\s+$/i.test(text.slice(Math.max(0, e.start - 7), e.start));
  return ethnic && placeCountry && /^[A-Z]{3}$/.test(placeCountry) && placeCountry !== e.country ? placeCountry : null;
}
