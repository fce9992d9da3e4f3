import type { EntityMention } from "../../doc/layers.js";

/** Words that open a clause: the mention after them can be its subject (`officials said Qin …`). */
const OPENS_CLAUSE = new Set([
  "that",
  "said",
  "says",
  "but",
  "while",
  "when",
  "after",
  "before",
  "although",
  "because",
]);
/** Lower-case words a subject phrase may hold before the name (`the visiting`, `China's top`). */
const IN_SUBJECT = new Set([
  "the",
  "'s",
  "’s",
  "former",
  "new",
  "top",
  "then",
  "acting",
  "visiting",
  "chief",
  "senior",
]);

const WORD_OR_MARK = /[\p{L}\p{M}'’.-]+|[,;:“”"(]/gu;

/**
 * True when a person mention is the subject or speaker of its clause, and so the person in focus:
 * only capitalised words (titles, countries, dates) or a few determiners stand between the clause
 * opening and the name. `Wang Yi met Blinken`: Wang Yi, not Blinken; `"…," said Wang Yi`: Wang Yi;
 * `Officials said Qin …`: Qin.
 *
 * @example isSubject(mention("On Sunday, Wang Yi met Blinken.", "Blinken", "PERSON", "p:antony-blinken"), text, 0) // false
 */
export function isSubject(e: EntityMention, text: string, sentenceStart: number): boolean {
  const from = e.title ? Math.min(e.title.start, e.start) : e.start;
  const windowStart = Math.max(sentenceStart, from - 120);
  const words = text.slice(windowStart, from).match(WORD_OR_MARK) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (!/\p{L}/u.test(w)) return true;
    const lower = w.toLowerCase();
    if (OPENS_CLAUSE.has(lower)) return true;
    if (!/^\p{Lu}/u.test(w) && !IN_SUBJECT.has(lower)) return false;
  }
  return windowStart === sentenceStart;
}
