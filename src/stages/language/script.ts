/** How many letters a sample has, and how many of them are Latin. */
export interface ScriptCount {
  letters: number;
  latin: number;
}

const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/**
 * Letters and Latin letters in `sample`: a text written mostly in another script is not English,
 * however short it is.
 *
 * @example countScript("Лавров прибыл в Пекин") // { letters: 18, latin: 0 }
 */
export function countScript(sample: string): ScriptCount {
  return { letters: sample.match(LETTERS)?.length ?? 0, latin: sample.match(LATIN_LETTERS)?.length ?? 0 };
}

// Scripts written by one language that franc-min has no model for.
const SINGLE_LANGUAGE_SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hebrew}/gu, "heb"],
  [/\p{Script=Georgian}/gu, "kat"],
  [/\p{Script=Armenian}/gu, "hye"],
];

/**
 * The ISO 639-3 code of a language that writes more than half of the letters in its own script,
 * for the scripts franc-min does not know; null otherwise.
 *
 * @example languageByScript("נתניהו נפגש עם שר החוץ", 18) // "heb"
 */
export function languageByScript(sample: string, letters: number): string | null {
  for (const [script, iso3] of SINGLE_LANGUAGE_SCRIPTS) {
    if ((sample.match(script)?.length ?? 0) * 2 > letters) return iso3;
  }
  return null;
}
