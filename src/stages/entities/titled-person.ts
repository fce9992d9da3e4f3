import type { KnowledgeBase } from "../../actors/kb.js";
import type { Token } from "../../doc/layers.js";
import { isUpperCased } from "../tokens/case.js";
import type { Candidate } from "./candidate.js";
import { loadTitles, NOT_NAME, type TitleLexicon } from "./lexicon.js";

/** Capitalised tokens that can be part of a name after a title (`Antony Blinken`, `Chen Jining`). */
export function nameTokensAt(tokens: readonly Token[], from: number, kb: KnowledgeBase): number {
  let n = 0;
  const sentence = tokens[from]?.sentence;
  while (n < 4) {
    const t = tokens[from + n];
    if (!t || t.sentence !== sentence || t.kind !== "word" || !t.upper || NOT_NAME.has(t.text)) break;
    if (n === 0 && titleAt(tokens, from, loadTitles())) break; // "Chancellor Gordon Brown": the title opens no name
    if (t.text.length > 1 && isUpperCased(t.text)) break; // "CPC", "US"
    const known = kb.surfaces.get(t.text);
    if (known?.some((e) => e.type !== "PERSON")) break; // "China", "Washington"
    n++;
  }
  return n;
}

/**
 * How many tokens from `i` on, inside its sentence, could still be a title form: the words so far
 * start some form, or a closing `.` follows a form's words (`Gen .`, read as `gen`).
 */
function titleReach(tokens: readonly Token[], i: number, titles: TitleLexicon): number {
  const sentence = tokens[i]?.sentence;
  const max = Math.min(titles.maxTokens, tokens.length - i);
  let words = "";
  let reach = 0;
  for (let n = 1; n <= max; n++) {
    const t = tokens[i + n - 1] as Token;
    if (t.sentence !== sentence) break;
    const before = words;
    words = n === 1 ? t.lower : `${words} ${t.lower}`;
    if (titles.prefixes.has(words)) {
      reach = n;
      continue;
    }
    if (n > 1 && t.lower === "." && titles.prefixes.has(before)) reach = n;
    break;
  }
  return reach;
}

/** The longest title form starting at token i, as [token count, sector]. */
export function titleAt(tokens: readonly Token[], i: number, titles: TitleLexicon): [number, string] | null {
  const first = tokens[i];
  // Most tokens start no title: look only where the first word does (and "gen." keeps its period).
  if (!first) return null;
  const word = first.lower.endsWith(".") ? first.lower.slice(0, -1) : first.lower;
  if (!titles.firstWords.has(word)) return null;
  // titleReach stays inside the sentence
  for (let n = titleReach(tokens, i, titles); n >= 1; n--) {
    let key = first.lower;
    for (let k = 1; k < n; k++) key += ` ${(tokens[i + k] as Token).lower}`;
    if (key.endsWith(" .")) key = key.slice(0, -2);
    const sector = titles.forms.get(key);
    if (sector) return [n, sector];
  }
  return null;
}

/**
 * Where the title a person holds starts: at a modifier just before it (`former Secretary of State`),
 * or at a modifier before a one-word country (`former US treasury secretary`, `then Chinese ambassador`),
 * where the country stays its own mention and only the person's title spans it.
 */
function titleStartOf(tokens: readonly Token[], i: number, titles: TitleLexicon, kb: KnowledgeBase): number {
  if (titles.modifiers.has(tokens[i - 1]?.lower ?? "")) return i - 1;
  const country = tokens[i - 1];
  const isCountry = country && kb.surfaces.get(country.text)?.some((e) => e.type === "GPE" || e.type === "NORP");
  return isCountry && titles.modifiers.has(tokens[i - 2]?.lower ?? "") ? i - 2 : i;
}

/**
 * A TITLE mention over tokens [from, to) and the PERSON over [nameFrom, nameTo) that holds it. The
 * person's title starts at `heldFrom`, which may lie before the TITLE mention (`former US …`); the
 * TITLE mention's rule then says `.former` when that is the word left outside it.
 */
export function bindTitle(
  tokens: readonly Token[],
  span: { heldFrom: number; from: number; to: number; nameFrom: number; nameTo: number },
  text: string,
  rule: string,
): Candidate[] {
  const at = (k: number) => tokens[k] as Token;
  const titleEnd = at(span.to - 1).end;
  const held = { start: at(span.heldFrom).start, end: titleEnd, text: text.slice(at(span.heldFrom).start, titleEnd) };
  const from = at(span.from).start;
  const outside = span.heldFrom < span.from ? `.${at(span.heldFrom).lower}` : "";
  const nameStart = at(span.nameFrom).start;
  const nameEnd = at(span.nameTo - 1).end;
  // fields listed in the order of every other finder's candidates, not spread: one hidden class for
  // the refiner's loops (docs/performance.md)
  return [
    {
      start: from,
      end: titleEnd,
      text: text.slice(from, titleEnd),
      type: "TITLE",
      actorId: null,
      country: null,
      title: null,
      rule: `entities.title${outside}`,
      priority: 4,
    },
    {
      start: nameStart,
      end: nameEnd,
      text: text.slice(nameStart, nameEnd),
      type: "PERSON",
      actorId: null,
      country: null,
      title: held,
      rule,
      priority: 4,
    },
  ];
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
    const heldFrom = titleStartOf(tokens, i, titles, kb);
    const from = heldFrom === i - 1 ? i - 1 : i;
    const span = { heldFrom, from, to: i + n, nameFrom: i + n, nameTo: i + n + nameLength };
    found.push(...bindTitle(tokens, span, text, "entities.person.after-title"));
    i += n + nameLength - 1;
  }
  return found;
}
