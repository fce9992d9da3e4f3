import type { EntityMention, Token } from "../../doc/layers.js";
import { countryOf, type EntityIndex } from "./entity-index.js";
import type { CorefCandidate } from "./types.js";

/**
 * A country's side in talks: `the U.S. side`, `the Chinese side`, `the American side`, and the pair
 * `the Chinese and US sides`. The mention covers the whole phrase; its antecedents are the countries.
 *
 * @example findSides(tokens, index) // "the U.S. side" → [{ text: "the U.S. side", want: { kind: "side", countries: [U.S.] } }]
 */
export function findSides(tokens: readonly Token[], entities: EntityIndex, text: string): CorefCandidate[] {
  const found: CorefCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const the = tokens[i] as Token;
    if (the.lower !== "the") continue;
    const countries: EntityMention[] = [];
    let k = i + 1;
    for (;;) {
      const tok = tokens[k];
      const named = tok && tok.sentence === the.sentence ? entities.startingAt(tok.start) : undefined;
      if (!named || !countryOf(named)) break;
      countries.push(named);
      k = entities.tokenAfter(tokens, k, named);
      if (tokens[k]?.lower !== "and" || countries.length > 1) break;
      k++;
    }
    const side = tokens[k];
    const noun = countries.length === 1 ? "side" : "sides";
    if (countries.length === 0 || !side || side.sentence !== the.sentence || side.lower !== noun) continue;
    found.push({
      start: the.start,
      end: side.end,
      text: text.slice(the.start, side.end),
      sentence: the.sentence,
      rule: `coref.side.${noun}`,
      want: { kind: "side", countries },
    });
    i = k;
  }
  return found;
}
