import type { Sentence, Token, TokenKind } from "../../doc/layers.js";
import { isAsciiDigit, isAsciiLetter, isAsciiSpace, isAsciiUpper } from "./ascii.js";

// Order matters: the first alternative that matches at a position wins.
const WORDS = [
  String.raw`(?:\p{L}\.){2,}`, // U.S., a.m., e.g.
  String.raw`\p{L}+(?:(?=n['’]t\b)|\d[\p{L}\d]*)`, // do|n't, G7, MH17, H5N1
  String.raw`\p{L}{1,5}[-‐]\d+[\p{L}\d]*`, // COVID-19, F-22, G-20, mid-2023 (not "Beijing-2022")
  String.raw`n['’]t\b|['’]s\b`, // n't, 's
  // China-US splits at the hyphen (capital after it); win-win, Jong-un, O'Brien and d’Ivoire stay whole.
  String.raw`\p{L}[\p{L}\p{M}]*(?:[-‐]\p{Ll}[\p{L}\p{M}]*|['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*`,
  String.raw`\d+(?:[.,:/]\d+)*(?:\p{Ll}+|\p{Lu}(?![\p{L}\d]))?`, // 2,000 | 5.2 | 10:30 | 1990s | 1.5bn | 5G
  String.raw`--+|\.{2,}`, // a typed dash, an ellipsis
  String.raw`\S`,
];
const LINKS = [
  String.raw`(?:https?:\/\/|www\.)[^\s<>"”’]+?(?=[.,;:!?)\]"”’]*(?:\s|$))`, // https://example.gov/statement
  String.raw`[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+`, // press@example.org
];
const TOKEN = new RegExp(WORDS.join("|"), "gu");
// Link patterns cost a third of the time, so only sentences that may hold a link try them.
const TOKEN_OR_LINK = new RegExp([...LINKS, ...WORDS].join("|"), "gu");
const LINK_HINT = /@|:\/\/|www\./;

/**
 * Tokens of the sentences, with sentence index and offsets into the article text.
 *
 * @example tokenize("China's envoy", [{start:0,end:13,index:0,furniture:false}])
 *   // China | 's | envoy
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const sentence of sentences) {
    const part = text.slice(sentence.start, sentence.end);
    const push = (value: string, at: number) => tokens.push(token(value, sentence.start + at, sentence.index));
    if (LINK_HINT.test(part)) {
      scan(part, TOKEN_OR_LINK, push);
      continue;
    }
    // Most tokens are plain words and commas: read by hand where the pattern could only read them
    // the same way, and by the pattern from the first character that might read otherwise.
    for (let i = 0; i < part.length; ) {
      const end = plainTokenEnd(part, i);
      if (end > i) {
        push(part.slice(i, end), i);
        i = end;
      } else if (end === i) {
        i++; // ASCII space: no alternative starts there
      } else {
        TOKEN.lastIndex = i;
        const match = TOKEN.exec(part);
        if (!match) break;
        push(match[0], match.index);
        i = match.index + match[0].length;
      }
    }
  }
  return tokens;
}

/** Every match of a global pattern, in order. */
function scan(part: string, pattern: RegExp, push: (value: string, at: number) => void): void {
  // exec on the shared regex rather than matchAll, which copies the regex for every sentence
  pattern.lastIndex = 0;
  for (let match = pattern.exec(part); match; match = pattern.exec(part)) push(match[0], match.index);
}

function token(value: string, start: number, sentence: number): Token {
  return {
    start,
    end: start + value.length,
    text: value,
    lower: lowerCased(value),
    kind: kindOf(value),
    sentence,
    upper: startsUpper(value),
  };
}

/** ASCII punctuation no alternative but `\S` starts with: each is a token of one character. */
const LONE_PUNCTUATION = new Set([...',;:!?()[]"&'].map((c) => c.charCodeAt(0)));

const PERIOD = 46;

/**
 * Where the token at `i` ends when TOKEN could only read it one way: `i` itself for an ASCII space
 * (skipped), the end of an ASCII word followed by a space or plain punctuation, the next character
 * for such punctuation or a lone period, the end of a run of digits that no separator, digit or
 * letter continues. -1 where TOKEN must decide: other scripts, `..`, `-`, apostrophes, `5.2`, `1990s`.
 */
function plainTokenEnd(part: string, i: number): number {
  const c = part.charCodeAt(i);
  if (isAsciiSpace(c)) return i;
  if (LONE_PUNCTUATION.has(c)) return i + 1;
  // reads stay inside the string: a read past its end deoptimises the compiled tokenizer
  if (c === PERIOD) return i + 1 < part.length && part.charCodeAt(i + 1) === PERIOD ? -1 : i + 1;
  if (isAsciiDigit(c)) return digitsEnd(part, i);
  if (!isAsciiLetter(c)) return -1;
  let j = i + 1;
  while (j < part.length && isAsciiLetter(part.charCodeAt(j))) j++;
  if (j === part.length) return j;
  const next = part.charCodeAt(j);
  // a space or plain punctuation ends the word; a single letter before "." may open "U.S."
  if (isAsciiSpace(next) || LONE_PUNCTUATION.has(next)) return j;
  if (next === PERIOD && j - i > 1) return j;
  return -1;
}

/** A number with no separator, decimal or unit after it (`2023`, `15`): where its digits end, else -1. */
function digitsEnd(part: string, i: number): number {
  let j = i + 1;
  while (j < part.length && isAsciiDigit(part.charCodeAt(j))) j++;
  if (j === part.length) return j;
  const next = part.charCodeAt(j);
  if (next >= 128 || isAsciiLetter(next)) return -1; // "1990s", "5G", or another script
  // "2,000", "10:30", "3/4" go on past the separator
  const separator = next === 44 || next === PERIOD || next === 58 || next === 47;
  if (separator && j + 1 < part.length && isAsciiDigit(part.charCodeAt(j + 1))) return -1;
  return j;
}

/** `value.toLowerCase()`, but the value itself when it is ASCII without a capital: most words are. */
function lowerCased(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || isAsciiUpper(c)) return value.toLowerCase();
  }
  return value;
}

/** ASCII answered from the character code; other scripts by Unicode property. */
function kindOf(value: string): TokenKind {
  const c = value.charCodeAt(0);
  if (isAsciiDigit(c)) return "number";
  if (isAsciiLetter(c)) return "word";
  if (/\p{L}/u.test(value)) return "word"; // Xi, 's, n't, U.S., COVID-19 — not a lone ’ or '
  return "punct";
}

function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return /^\p{Lu}/u.test(value);
}
