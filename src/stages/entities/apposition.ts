import type { KnowledgeBase } from "../../actors/kb.js";
import type { Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import type { TitleLexicon } from "./lexicon.js";
import { bindTitle, nameTokensAt, titleAt } from "./titled-person.js";

/** Words that may close an appositive title: `…, the US Ambassador to Beijing`, `…, a senior official at`. */
const CLOSES = new Set([",", ".", ";", ":", ")", "of", "for", "to", "at", "in", "on", "and", "with", "from", "who", "whose"]);
const DETERMINERS = new Set(["the", "a", "an"]);

/** Tokens from k that name a country or its people (`China 's`, `US`, `South Korean`), possessive included. */
function countryWordsAt(tokens: readonly Token[], k: number, kb: KnowledgeBase): number {
  for (let n = 3; n >= 1; n--) {
    const span = tokens.slice(k, k + n);
    if (span.length < n || !span.every((t) => t.upper)) continue;
    const entries = kb.surfaces.get(span.map((t) => t.text).join(" "));
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
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.upper) continue;
    const n = nameTokensAt(tokens, i, kb);
    if (n < 2) {
      i += Math.max(0, n - 1);
      continue;
    }
    const comma = tokens[i + n];
    if (comma?.text !== "," || comma.sentence !== tokens[i]?.sentence) {
      i += n - 1;
      continue;
    }
    let k = i + n + 1;
    if (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
    k += countryWordsAt(tokens, k, kb);
    const heldFrom = k;
    while (titles.modifiers.has(tokens[k]?.lower ?? "")) k++;
    const hit = titleAt(tokens, k, titles);
    const after = hit ? tokens[k + hit[0]] : undefined;
    const closed = hit && (!after || after.sentence !== comma.sentence || CLOSES.has(after.lower));
    if (hit && closed) {
      const span = { heldFrom, from: heldFrom, to: k + hit[0], nameFrom: i, nameTo: i + n };
      found.push(...bindTitle(tokens, span, text, "entities.person.apposition"));
    }
    i += n - 1;
  }
  return found;
}
