import type { Sentence, Token, TokenKind } from "../../doc/layers.js";

// Order matters: "U.S." before words; "'s" and "n't" split from their words; hyphens between
// capitalised parts split ("China-US" → China - US) while "win-win" stays one word.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}+(?=n['’]t\b)|n['’]t\b|['’]s\b|\p{L}[\p{L}\p{M}]*(?:[-‐]\p{Ll}[\p{L}\p{M}]*|['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?|\S/gu;

/**
 * Tokens of the prose sentences, with sentence index and offsets into the article text.
 *
 * @example tokenize("China's envoy", [{start:0,end:13,index:0,furniture:false}])
 *   // China | 's | envoy
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    const part = text.slice(sentence.start, sentence.end);
    for (const match of part.matchAll(TOKEN)) {
      const value = match[0];
      const start = sentence.start + (match.index ?? 0);
      tokens.push({
        start,
        end: start + value.length,
        text: value,
        lower: value.toLowerCase(),
        kind: kindOf(value),
        sentence: sentence.index,
        upper: /^\p{Lu}/u.test(value),
      });
    }
  }
  return tokens;
}

function kindOf(value: string): TokenKind {
  if (/^\d/.test(value)) return "number";
  if (/^[\p{L}'’]/u.test(value)) return "word";
  return "punct";
}
