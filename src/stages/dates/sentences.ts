/**
 * A light sentence splitter, used only when no sentence stage has run: a sentence ends at a line
 * break, or at . ! ? followed by a space and a capital, unless the full stop ends an abbreviation
 * common in news ("Dec. 21", "Mr. Wang", "U.S. officials", "J. Biden").
 */

import type { Span } from "./types.js";

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen sen rep gov lt col maj capt prof
   no inc corp ltd co jr sr vs etc u.s u.n u.k e.u a.m p.m pres adm sgt rev mt ft`.split(/\s+/),
);

const BOUNDARY = /[.!?]["'”’)\]]*\s+(?=["'“‘([]?[A-Z0-9])|\n\s*/g;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(0, dot - 12), dot + 1))?.[1]?.toLowerCase() ?? "";
  return word.length === 1 || ABBREVIATIONS.has(word);
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === "." && endsWithAbbreviation(text, m.index)) continue;
    const end = m.index + (m[0][0] === "\n" ? 0 : 1);
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentence holding `pos` (binary search); the whole text when none does. */
export function sentenceAt(sentences: readonly Span[], pos: number, textLength: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: textLength };
}
