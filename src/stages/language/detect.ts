import { francAll } from "franc-min";
import { englishWords } from "./english-words.js";
import { ENGLISH, type Language, languageOf } from "./languages.js";
import { countScript, languageByScript } from "./script.js";

/** Which evidence decided: the script, a text too short to tell, English function words, or trigrams. */
export type LanguageBasis = "script" | "too-short" | "english-words" | "trigrams" | "names";

export interface LanguageGuess extends Language {
  basis: LanguageBasis;
}

/** Only the start of an article is read: the language rarely changes after it. */
const SAMPLE_CHARS = 2000;
/** franc costs about 0.6 ms per 600 characters; a paragraph or two is enough, and it runs only when the cheap tests fail. */
const TRIGRAM_CHARS = 600;
/** Below this many words trigrams are unreliable, and a Latin-script text is taken as English. */
const MIN_WORDS = 20;
/** Letters in another script that make a text non-English even when short (`Лавров прибыл в Пекин`). */
const MIN_OTHER_LETTERS = 10;
/** English news runs at about 0.3; other languages stay under 0.13. */
const ENGLISH_SHARE = 0.2;

/** The fields listed, not spread and extended: one hidden class for every guess (docs/performance.md). */
function guess(language: Language, basis: LanguageBasis): LanguageGuess {
  return { code: language.code, iso3: language.iso3, name: language.name, basis };
}

/**
 * The language of an article, read from its first 2,000 characters:
 * 1. 20 words or more, 20 % or more of them English function words → English (the common case, and
 *    the cheapest: no trigrams);
 * 2. mostly non-Latin letters → that script's language (franc, or the script alone for Hebrew…);
 * 3. fewer than 20 words → English, too short to tell;
 * 4. else franc's trigrams, except that a text franc rates nearly as English as its top language
 *    and with some English function words is English: lists of foreign names (`Wang Yi, Retno
 *    Marsudi, …`) pull trigrams toward Javanese or Tagalog.
 *
 * @example identifyLanguage("Le ministre des Affaires étrangères a reçu …") // { code: "fr", iso3: "fra", … }
 */
export function identifyLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const { words, share } = englishWords(sample.toLowerCase());
  // Checked first because it is the common case and the cheapest: English text has no other script.
  if (words >= MIN_WORDS && share >= ENGLISH_SHARE) return guess(ENGLISH, "english-words");
  const { letters, latin } = countScript(sample);
  if (letters - latin >= MIN_OTHER_LETTERS && latin * 2 < letters) {
    const iso3 = languageByScript(sample, letters) ?? francAll(sample.slice(0, TRIGRAM_CHARS))[0]?.[0] ?? "und";
    return guess(languageOf(iso3), "script");
  }
  if (words < MIN_WORDS) return guess(ENGLISH, "too-short");
  const ranking = francAll(sample.slice(0, TRIGRAM_CHARS));
  const top = ranking[0]?.[0] ?? "und";
  if (top === "eng") return guess(ENGLISH, "trigrams");
  const englishScore = ranking.find(([iso3]) => iso3 === "eng")?.[1] ?? 0;
  if (englishScore >= 0.9 && share >= 0.05) return guess(ENGLISH, "names");
  return guess(languageOf(top), "trigrams");
}

/**
 * The language code stored for an article: `en` for English (the only language coded), else the
 * ISO 639-1 code (`fr`), ISO 639-3 when there is none (`ceb`), or `und`.
 *
 * @example detectLanguage("Le ministre des Affaires étrangères a reçu …") // "fr"
 */
export function detectLanguage(text: string): string {
  return identifyLanguage(text).code;
}
