/** Very common English function words: English prose has plenty of them, other languages almost none. */
export const FUNCTION_WORDS = new Set(
  `the of and to in a is that for on was with he as it by at said his from are have has be this an will
  were its their which not but they also had after two who been would more or`.split(/\s+/),
);

/** The longest function word: a longer run of letters is counted without being looked up. */
const LONGEST = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));
const LETTER = /\p{L}/uy;

/**
 * The words of a lower-cased text (runs of letters, as `/\p{L}+/gu` finds them) and the share of
 * English function words among them: about 0.3 in English news, at most about 0.12 in other
 * languages (Portuguese `a`, Italian `in`, German `an`). Read in one pass without building the
 * words: only short ASCII runs can be function words.
 *
 * @example englishWords("the talks ended") // { words: 3, share: 0.333… }
 */
export function englishWords(lower: string): { words: number; share: number } {
  let words = 0;
  let hits = 0;
  let start = -1; // start of the current run of letters
  let ascii = true;
  for (let i = 0; i <= lower.length; ) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    let width = 1;
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else {
      // other scripts: the pattern reads the whole code point, a surrogate pair included
      LETTER.lastIndex = i;
      letter = LETTER.test(lower);
      width = (lower.codePointAt(i) ?? c) > 0xffff ? 2 : 1;
    }
    if (letter) {
      if (start < 0) {
        start = i;
        ascii = true;
        words++;
      }
      if (c >= 128) ascii = false;
    } else if (start >= 0) {
      if (ascii && i - start <= LONGEST && FUNCTION_WORDS.has(lower.slice(start, i))) hits++;
      start = -1;
    }
    i += width;
  }
  return { words, share: words === 0 ? 0 : hits / words };
}
