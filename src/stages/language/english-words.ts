import { isAsciiLetter, isAsciiLower } from "../tokens/ascii.js";

/** Very common English function words: English prose has plenty of them, other languages almost none. */
export const FUNCTION_WORDS = new Set(
  `the of and to in a is that for on was with he as it by at said his from are have has be this an will
  were its their which not but they also had after two who been would more or`.split(/\s+/),
);

/**
 * A word of up to six small ASCII letters as a number, five bits a letter (a = 1 … z = 26), so that a
 * run of letters is looked up without cutting it out of the text; 0 for any other word.
 */
function wordCode(word: string): number {
  if (!/^[a-z]{1,6}$/.test(word)) return 0;
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 32 + word.charCodeAt(i) - 96;
  return code;
}

const FUNCTION_CODES = new Set([...FUNCTION_WORDS].map(wordCode));
if (FUNCTION_CODES.has(0)) throw new Error("language: every function word must be 1–6 letters a–z");
/** The longest function word: a longer run of letters is no function word. */
const LONGEST = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));
const LETTER = /\p{L}/uy;

/**
 * The words of a lower-cased text (runs of letters, as `/\p{L}+/gu` finds them) and the share of
 * English function words among them: about 0.3 in English news, at most about 0.12 in other
 * languages (Portuguese `a`, Italian `in`, German `an`). Read in one pass without building the
 * words: only short runs of small ASCII letters can be function words.
 *
 * @example englishWords("the talks ended") // { words: 3, share: 0.333… }
 */
export function englishWords(lower: string): { words: number; share: number } {
  let words = 0;
  let hits = 0;
  let length = -1; // letters in the current run, -1 outside one
  let code = 0; // wordCode of the current run while it can still be a function word, else 0
  for (let i = 0; i <= lower.length; ) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    let width = 1;
    let letter: boolean;
    if (c < 128) letter = isAsciiLetter(c);
    else {
      // other scripts: the pattern reads the whole code point, a surrogate pair included
      LETTER.lastIndex = i;
      letter = LETTER.test(lower);
      width = (lower.codePointAt(i) ?? c) > 0xffff ? 2 : 1;
    }
    if (letter) {
      if (length < 0) {
        length = 0;
        code = 0;
        words++;
      }
      length++;
      code = isAsciiLower(c) && length <= LONGEST && (code > 0 || length === 1) ? code * 32 + c - 96 : 0;
    } else if (length >= 0) {
      if (code > 0 && FUNCTION_CODES.has(code)) hits++;
      length = -1;
    }
    i += width;
  }
  return { words, share: words === 0 ? 0 : hits / words };
}
