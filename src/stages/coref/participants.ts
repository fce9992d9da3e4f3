import { type EntityMention, entityMention, type Span } from "../../doc/layers.js";
import { countryOf } from "./entity-index.js";

/** A mention that can stand for one side of a pair: a person's country, a country, an organisation. */
export interface Participant extends Span {
  /** The country or organisation the mention stands for. */
  mention: EntityMention;
  key: string;
  sentence: number;
  person: boolean;
  /** The key is a country (`the two countries` takes only these; `the two sides` takes NATO too). */
  country: boolean;
}

/** What sides are read with: a person's country, and whether a code is a country (`IGO` is not). */
export interface SideContext {
  countryOfPerson(e: EntityMention): string | null;
  isCountry(code: string): boolean;
}

// "in Jakarta", "at the Kremlin": a place where something happens is not a side.
const PLACE_BEFORE = /\b(?:in|at|near|inside|outside|across)\s+(?:the\s+)?$/i;

/** The country a person or national body stands for in a pair, pointing at the mention it was read from. */
function asCountry(e: EntityMention, country: string): EntityMention {
  return entityMention({
    ...e,
    type: "GPE",
    actorId: country,
    country,
    title: null,
    rule: `coref.country-of:${e.rule}`,
  });
}

/** A mention's side: a person's country, a country, a national body's country, or an international body itself. */
function sideOf(e: EntityMention, ctx: SideContext): [string, EntityMention] | null {
  if (e.type === "PERSON") {
    const country = ctx.countryOfPerson(e);
    return country ? [country, asCountry(e, country)] : null;
  }
  const country = countryOf(e);
  if (country) return [country, e];
  if (e.type !== "ORG" || !e.actorId) return null;
  return e.country && ctx.isCountry(e.country) ? [e.country, asCountry(e, e.country)] : [e.actorId, e];
}

/**
 * The mentions of an article that can be one side of `the two sides`, in text order: people (as
 * their countries), countries and their words (`Chinese`), organisations; not places where
 * something happens (`in Jakarta`).
 *
 * @example findParticipants([[WangYi, 0], [Jakarta, 0]], text, ctx) // [CHN from "Wang Yi"]
 */
export function findParticipants(
  located: readonly [EntityMention, number][],
  text: string,
  ctx: SideContext,
): Participant[] {
  const found: Participant[] = [];
  for (const [e, sentence] of located) {
    if (PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) continue;
    const side = sideOf(e, ctx);
    if (!side) continue;
    const [key, mention] = side;
    found.push({
      start: e.start,
      end: e.end,
      mention,
      key,
      sentence,
      person: e.type === "PERSON",
      country: ctx.isCountry(key),
    });
  }
  return found;
}
