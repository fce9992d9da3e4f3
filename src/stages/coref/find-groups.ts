import type { Token } from "../../doc/layers.js";
import { QUALIFIERS } from "./heads.js";
import type { CorefCandidate } from "./types.js";

/** What the plural noun of a group counts: countries (`the two sides`) or people (`the two leaders`). */
const GROUP_NOUNS: ReadonlyMap<string, "sides" | "countries" | "persons"> = new Map([
  ["sides", "sides"],
  ["parties", "sides"],
  ["countries", "countries"],
  ["nations", "countries"],
  ["governments", "countries"],
  ["neighbours", "countries"],
  ["neighbors", "countries"],
  ["leaders", "persons"],
  ["ministers", "persons"],
  ["presidents", "persons"],
  ["diplomats", "persons"],
  ["envoys", "persons"],
  ["counterparts", "persons"],
  ["officials", "persons"],
  ["men", "persons"],
  ["women", "persons"],
]);

/** How many words the group's opening takes: `the two` (2), `both` (1), or 0 for none. */
function openingLength(tokens: readonly Token[], i: number): number {
  const tok = tokens[i] as Token;
  if (tok.lower === "both") return 1;
  const next = tokens[i + 1];
  return tok.lower === "the" && next?.lower === "two" && next.sentence === tok.sentence ? 2 : 0;
}

/**
 * Groups that stand for the pair in focus: `the two sides`, `both countries`, `both governments`,
 * `the two leaders`, `the two foreign ministers`, and `the parties` (to a dispute or a deal).
 *
 * @example findGroups(tokens) // "The two sides agreed …" → [{ text: "The two sides", want: { kind: "group", of: "countries" } }]
 */
export function findGroups(tokens: readonly Token[], text: string): CorefCandidate[] {
  const found: CorefCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    let k = i + openingLength(tokens, i);
    if (k === i) {
      if (tok.lower !== "the" || tokens[i + 1]?.lower !== "parties") continue;
      k = i + 1;
    } else {
      while (QUALIFIERS.has(tokens[k]?.lower ?? "") && k - i < 4) k++;
    }
    const noun = tokens[k];
    const of = noun && noun.sentence === tok.sentence ? (GROUP_NOUNS.get(noun.lower) ?? null) : null;
    // Only `the parties` (to a deal): `both parties` and `the two parties` are as often political parties.
    if (!noun || !of || (noun.lower === "parties" && (tok.lower !== "the" || k !== i + 1))) continue;
    found.push({
      start: tok.start,
      end: noun.end,
      text: text.slice(tok.start, noun.end),
      sentence: tok.sentence,
      rule: `coref.group.${noun.lower}`,
      want: { kind: "group", of },
    });
    i = k;
  }
  return found;
}
