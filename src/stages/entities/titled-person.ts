import type { KnowledgeBase } from "../../actors/kb.js";
import type { Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import { NOT_NAME, type TitleLexicon } from "./lexicon.js";

/** Capitalised tokens that can be part of a name after a title (`Antony Blinken`, `Chen Jining`). */
export function nameTokensAt(tokens: readonly Token[], from: number, kb: KnowledgeBase): number {
  let n = 0;
  const sentence = tokens[from]?.sentence;
  while (n < 4) {
    const t = tokens[from + n];
    if (!t || t.sentence !== sentence || t.kind !== "word" || !t.upper || NOT_NAME.has(t.text)) break;
    if (t.text.length > 1 && t.text === t.text.toUpperCase()) break; // "CPC", "US"
    const known = kb.surfaces.get(t.text);
    if (known?.some((e) => e.type !== "PERSON")) break; // "China", "Washington"
    n++;
  }
  return n;
}

/** The longest title form starting at token i, as [token count, sector]. */
export function titleAt(tokens: readonly Token[], i: number, titles: TitleLexicon): [number, string] | null {
  const first = tokens[i];
  // Most tokens start no title: look only where the first word does (and "gen." keeps its period).
  if (!first || !titles.firstWords.has(first.lower.replace(/\.$/, ""))) return null;
  for (let n = Math.min(titles.maxTokens, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.sentence !== first.sentence)) continue;
    const key = span
      .map((t) => t.lower)
      .join(" ")
      .replace(/ \.$/, "");
    const sector = titles.forms.get(key);
    if (sector) return [n, sector];
  }
  return null;
}

/**
 * A title bound to the name after it: `US Secretary of State Antony Blinken`, `Foreign Minister Qin Gang`,
 * `former US treasury secretary Lawrence Summers`, `Shanghai Communist Party boss Chen Jining`.
 * The title becomes a TITLE mention and the name a PERSON mention carrying it.
 */
export function findTitledPersons(
  tokens: readonly Token[],
  kb: KnowledgeBase,
  titles: TitleLexicon,
  text: string,
): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = titleAt(tokens, i, titles);
    if (!hit) continue;
    const [n] = hit;
    const nameLength = nameTokensAt(tokens, i + n, kb);
    if (nameLength === 0) continue;
    let titleStart = i;
    if (titles.modifiers.has(tokens[i - 1]?.lower ?? "")) titleStart = i - 1;
    const first = tokens[titleStart] as Token;
    const titleEnd = tokens[i + n - 1] as Token;
    const nameFirst = tokens[i + n] as Token;
    const nameLast = tokens[i + n + nameLength - 1] as Token;
    const title = { start: first.start, end: titleEnd.end, text: text.slice(first.start, titleEnd.end) };
    found.push({
      ...title,
      type: "TITLE",
      actorId: null,
      country: null,
      title: null,
      rule: "entities.title",
      priority: 4,
    });
    found.push({
      start: nameFirst.start,
      end: nameLast.end,
      text: text.slice(nameFirst.start, nameLast.end),
      type: "PERSON",
      actorId: null,
      country: null,
      title,
      rule: "entities.person.after-title",
      priority: 4,
    });
    i += n + nameLength - 1;
  }
  return found;
}
