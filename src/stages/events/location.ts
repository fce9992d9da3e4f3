import type { KnowledgeBase } from "../../actors/kb.js";
import type { EntityMention } from "../../doc/layers.js";
import type { EventLocation } from "../../model/records.js";
import { reachable, reachableAfter } from "./arguments.js";

/** `in Beijing`, `off the coast of`; not `at least three Iraqi civilians`. */
const PLACE_PREPOSITION =
  /\b(?:in|at(?!\s+(?:least|most)\b)|near|off|outside|inside)\s+(?:the\s+)?(?:(?!(?:what|which|whom|whose|how|where|when|that)\b)[\p{L}-]+\s+){0,2}$/iu;

/**
 * True when the words before a place mark it as where something happened (`in Washington`, `off the
 * coast of`). Only words from `from` (the sentence start) count: a headline line ending `… in Moscow`
 * says nothing about the name that opens the next line.
 */
export function isPlacePhrase(e: EntityMention, text: string, from = 0): boolean {
  if (/^\s*(?:-|–|relations\b|ties\b|policy\b)/.test(text.slice(e.end, e.end + 12))) return false; // "in China-US relations"
  return PLACE_PREPOSITION.test(text.slice(Math.max(from, e.start - 30), e.start));
}

/** The clause around a trigger: from the comma or semicolon before it to the one after it. */
function clauseOf(text: string, start: number, end: number, sentence: { start: number; end: number }) {
  const before = Math.max(text.lastIndexOf(",", start), text.lastIndexOf(";", start), sentence.start);
  const nextComma = [text.indexOf(",", end), text.indexOf(";", end)].filter((i) => i !== -1 && i < sentence.end);
  return { start: before, end: nextComma.length > 0 ? Math.min(...nextComma) : sentence.end };
}

/**
 * Where the event happened: the place phrase of its sentence, the one after the trigger first
 * (`held talks … at the Diaoyutai State Guest House in Beijing`): the most specific place wins.
 */
export function findLocation(
  entities: readonly EntityMention[],
  triggerStart: number,
  triggerEnd: number,
  text: string,
  kb: KnowledgeBase,
): EventLocation | null {
  const first = entities[0];
  const last = entities[entities.length - 1];
  if (!first || !last) return null;
  const clause = clauseOf(text, triggerStart, triggerEnd, { start: first.start, end: last.end + 1 });
  const places = entities.filter(
    (e) =>
      (e.type === "GPE" || e.type === "FAC" || e.type === "LOC") &&
      e.start >= clause.start &&
      e.end <= clause.end &&
      (e.start < triggerStart
        ? reachable(text.slice(e.end, triggerStart))
        : reachableAfter(text.slice(triggerEnd, e.start))) &&
      isPlacePhrase(e, text),
  );
  if (places.length === 0) return null;
  const after = places.filter((p) => p.start >= triggerEnd);
  const pool = after.length > 0 ? after : places;
  const facility = pool.find((p) => p.type === "FAC");
  const chosen = facility ?? pool[0] ?? null;
  if (!chosen) return null;
  return toLocation(chosen, kb);
}

/**
 * `Pompeo visited Beijing`, `a visit to Jakarta`: the city a visit goes to is where it happens. Only a
 * capital or a known place counts: `visited China` names the host, not a place.
 */
export function visitedPlace(recipients: readonly EntityMention[], kb: KnowledgeBase): EventLocation | null {
  for (const e of recipients) {
    const key = e.text.replace(/^the\s+/i, "");
    const known = [...(kb.surfaces.get(key) ?? [])].some((s) => kb.get(s.actorId)?.kind === "place");
    if (e.type === "GPE" && (known || (e.country && kb.capitals.get(key) === e.country))) return toLocation(e, kb);
  }
  return null;
}

function toLocation(e: EntityMention, kb: KnowledgeBase): EventLocation {
  const key = e.text.replace(/^the\s+/i, "");
  const place = [...(kb.surfaces.get(key) ?? [])].map((s) => kb.get(s.actorId)).find((a) => a?.kind === "place");
  if (place) return { name: place.name, country: place.country, lat: place.lat, lon: place.lon };
  const country = e.country ? kb.get(e.country) : undefined;
  const isCapital = kb.capitals.get(key) === e.country;
  return {
    name: isCapital || !country ? key : country.name,
    country: e.country,
    lat: isCapital ? (country?.lat ?? null) : null,
    lon: isCapital ? (country?.lon ?? null) : null,
  };
}
