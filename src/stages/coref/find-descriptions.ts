import type { EntityMention, Token } from "../../doc/layers.js";
import { countryOf, type EntityIndex } from "./entity-index.js";
import { ORGANIZATION_HEADS, PERSON_HEADS, QUALIFIERS } from "./heads.js";
import type { CorefCandidate } from "./types.js";

interface Opening {
  /** Token index after the opening (`the`, or `China's`). */
  next: number;
  country: string | null;
}

/** `the …` or a country's possessive `China's …`. */
function openingAt(tokens: readonly Token[], i: number, entities: EntityIndex): Opening | null {
  const tok = tokens[i] as Token;
  if (tok.lower === "the") return { next: i + 1, country: null };
  const named = entities.startingAt(tok.start);
  const country = named ? countryOf(named) : null;
  if (!named || !country) return null;
  const after = entities.tokenAfter(tokens, i, named);
  return /^['’]s$/.test(tokens[after]?.lower ?? "") ? { next: after + 1, country } : null;
}

/**
 * Descriptions that stand for a person or an organisation named earlier: `the minister`, `the US
 * diplomat`, `the Chinese leader`, `China's top diplomat`, `the foreign ministry`. A description
 * followed by a name (`the minister Qin Gang`) or by `of` (`the president of France`) names someone
 * itself and is left out.
 *
 * @example findDescriptions(tokens, index) // "The minister said …" → [{ text: "The minister", want: { kind: "description", head: "minister" } }]
 */
export function findDescriptions(tokens: readonly Token[], entities: EntityIndex, text: string): CorefCandidate[] {
  const found: CorefCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = openingAt(tokens, i, entities);
    if (!open) continue;
    let country = open.country;
    const qualifiers: string[] = [];
    let k = open.next;
    for (let steps = 0; steps < 4; steps++) {
      const tok = tokens[k];
      if (!tok || tok.sentence !== (tokens[i] as Token).sentence) break;
      const named: EntityMention | undefined = entities.startingAt(tok.start);
      const namedCountry = named ? countryOf(named) : null;
      if (named && namedCountry && country === null) {
        country = namedCountry;
        k = entities.tokenAfter(tokens, k, named);
      } else if (QUALIFIERS.has(tok.lower)) {
        qualifiers.push(tok.lower);
        k++;
      } else break;
    }
    const head = tokens[k];
    if (!head || head.sentence !== (tokens[i] as Token).sentence) continue;
    const person = PERSON_HEADS.has(head.lower);
    if (!person && !ORGANIZATION_HEADS.has(head.lower)) continue;
    const next = tokens[k + 1];
    if (next && next.sentence === head.sentence && ((next.kind === "word" && next.upper) || next.lower === "of"))
      continue;
    const start = (tokens[i] as Token).start;
    found.push({
      start,
      end: head.end,
      text: text.slice(start, head.end),
      sentence: head.sentence,
      rule: `coref.${person ? "description" : "organization"}.${head.lower}`,
      want: person
        ? { kind: "description", head: head.lower, qualifiers, country }
        : { kind: "organization", head: head.lower, qualifiers, country },
    });
    i = k;
  }
  return found;
}
