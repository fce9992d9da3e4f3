import type { KnowledgeBase } from "../../actors/kb.js";
import type { Token } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";
import type { Candidate } from "./candidate.js";
import type { TitleLexicon } from "./lexicon.js";
import { bindTitle, nameTokensAt, titleAt } from "./titled-person.js";

/** Words that may close an appositive title: `…, the US Ambassador to Beijing`, `…, a senior official at`. */
const CLOSES = new Set(", . ; : ) of for to at in on and with from who whose".split(" "));
const DETERMINERS = new Set(["the", "a", "an"]);

/** Tokens from k that name a country or its people (`China 's`, `US`, `South Korean`), possessive included. */
function countryWordsAt(tokens: readonly Token[], k: number, kb: KnowledgeBase): number {
  for (let n = 3; n >= 1; n--) {
    const span = tokens.slice(k, k + n);
    if (span.length < n || !span.every((t) => t.upper)) continue;
    const entries = kb.surfaces.get(packed(span, (t) => t.text).join(" "));
    if (!entries?.some((e) => e.type === "GPE" || e.type === "NORP")) continue;
    return /^['’]s$/.test(tokens[k + n]?.text ?? "") ? n + 1 : n;
  }
  return 0;
}

/**
 * A title in apposition after a name marks the name as a person and binds to it:
 * `Yang Tao, China's Deputy Assistant Secretary of State for …`, `Nicolas Burns, the US Ambassador to
 * Beijing`, `Maria Costa, a senior official at the ministry`. The title must end the apposition (a comma,
 * `of`, `to`, `for` …), so `Point News, a journalist said` binds nothing.
 */
export function findAppositivePersons(
  tokens: readonly Token[],
  kb: KnowledgeBase,
  titles: TitleLexicon,
  text: string,
): Candidate[] {
  const found: Candidate[] = [];
  // Commas are rarer than capitalised words: look from each comma at the title after it, then the name before it.
  for (let c = 2; c < tokens.length; c++) {
    const comma = tokens[c] as Token;
    if (comma.text !== "," || !tokens[c - 1]?.upper) continue;
    let k = c + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
    k += countryWordsAt(tokens, k, kb);
    const heldFrom = k;
    while (titles.modifiers.has(tokens[k]?.lower ?? "")) k++;
    const hit = titleAt(tokens, k, titles);
    if (!hit || tokens[k]?.sentence !== comma.sentence) continue;
    const after = tokens[k + hit[0]];
    if (after && after.sentence === comma.sentence && !CLOSES.has(after.lower)) continue;
    const name = nameBefore(tokens, c, kb);
    if (name < 0) continue;
    const span = { heldFrom, from: heldFrom, to: k + hit[0], nameFrom: name, nameTo: c };
    found.push(...bindTitle(tokens, span, text, "entities.person.apposition"));
  }
  return found;
}

/** The first token of the longest name of two to four words that ends just before token `end`, or -1. */
function nameBefore(tokens: readonly Token[], end: number, kb: KnowledgeBase): number {
  for (let from = Math.max(0, end - 4); from <= end - 2; from++) {
    if (nameTokensAt(tokens, from, kb) === end - from) return from;
  }
  return -1;
}
