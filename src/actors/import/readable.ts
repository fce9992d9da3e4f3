/**
 * Prose forms of dictionary names: `ABDEL_FATTAH_AL-SISI` → `Abdel Fattah al-Sisi`,
 * `ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_` → `Aden Abyan Islamic Army (AAIA)`. Name particles stay
 * lower-case inside a name and are capitalised at its start (`EL_SISI_` → `El Sisi`).
 */

// biome-ignore format: a word list
const PARTICLES = new Set([
  "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ibn", "bin", "bint", "de", "da", "do",
  "dos", "das", "del", "della", "der", "den", "des", "di", "du", "la", "le", "van", "von", "zu", "y", "i", "e",
  "of", "the", "and", "for", "in", "on", "to", "by", "a", "und", "et", "wa", "wal", "fi", "li", "bi",
]);

const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/** True for a name particle or a small word that stays lower-case inside a name: `al`, `bin`, `of`. */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  if (/^mc\p{L}{2,}/u.test(lower)) return `Mc${capitalise(lower.slice(2))}`; // MCCAIN → McCain
  const apostrophe = /^([od])['’](\p{L}{2,})$/u.exec(lower); // O'NEILL → O'Neill, but DA'ESH → Da'esh
  if (apostrophe) return `${(apostrophe[1] ?? "").toUpperCase()}'${capitalise(apostrophe[2] ?? "")}`;
  return lower.replace(/\p{L}/u, (c) => c.toUpperCase()); // "'AZIZ" → "'Aziz"
}

/** One hyphen-free part of a word: a particle inside the name is lower-case, every other part capitalised. */
function casePart(part: string, first: boolean): string {
  if (!first && isParticle(part)) return part.toLowerCase();
  return capitalise(part);
}

/**
 * One word of a name in prose case. Dotted initials (`W.`, `U.N.`), Roman numerals and codes with
 * digits (`G77`) keep their capitals, ordinals go lower-case (`1st`); in organisations (`acronyms`), two-letter words and words without a vowel
 * stay capitals (`UN`, `BBC`).
 *
 * @example caseWord("AL-SISI", false, false) // "al-Sisi"
 * @example caseWord("KI-MOON", false, false) // "Ki-Moon"
 */
export function caseWord(word: string, first: boolean, acronyms: boolean): string {
  if (/^\d/.test(word)) return word.toLowerCase(); // "1ST", "1920S" → "1st", "1920s"
  if (/\d/.test(word) || /^(?:\p{L}\.)+\p{L}?$/u.test(word)) return word.toUpperCase(); // "G77", "U.S.S.R"
  if (!first && ROMAN.test(word)) return word;
  if (/^\(.*\)$/.test(word)) return word.toUpperCase(); // "(AAIA)"
  if (acronyms && !isParticle(word) && (word.length === 2 || !/[AEIOUY]/i.test(word))) return word.toUpperCase();
  return word
    .split("-")
    .map((part, i) => casePart(part, first && i === 0))
    .join("-");
}

/** The words of a dictionary name: `_` and spaces separate them; a leading `THE` goes. */
export function nameWords(raw: string): string[] {
  const words = raw.split(/[_\s]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length > 1 && words[0]?.toUpperCase() === "THE" ? words.slice(1) : words;
}

/**
 * A dictionary name in prose case. One-word organisation names of five letters or fewer are read
 * as acronyms (`NATO_`, `ANSF`).
 *
 * @example readableName("ABDEL_FATTAH_AL-SISI") // "Abdel Fattah al-Sisi"
 * @example readableName("THE_UNITED_NATIONS_", { organization: true }) // "United Nations"
 * @example readableName("ANSF", { organization: true }) // "ANSF"
 */
export function readableName(raw: string, opts: { organization?: boolean } = {}): string {
  const words = nameWords(raw);
  const org = opts.organization === true;
  if (org && words.length === 1 && /^\p{L}{2,5}$/u.test(words[0] ?? "")) return (words[0] ?? "").toUpperCase();
  return words.map((w, i) => caseWord(w, i === 0, org)).join(" ");
}

/**
 * A readable name split from the acronym it carries in brackets:
 * `Aden Abyan Islamic Army (AAIA)` → [`Aden Abyan Islamic Army`, `AAIA`].
 */
export function splitAcronym(name: string): string[] {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  return m ? [m[1] ?? name, m[2] ?? ""] : [name];
}
