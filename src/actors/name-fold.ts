import { normalizeName } from "./names.js";

/** Countries whose names are romanised syllable by syllable (pinyin, Korean, Vietnamese): family name first. */
export const SYLLABIC = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM"]);

/**
 * Spellings English news uses interchangeably for one name, whatever its origin: `w`/`v`
 * (`Vang Yi`, `Lavrow`), `y`/`i` (`Sergey`/`Sergei`, `Zelenskyy`/`Zelenskiy`), `ou`/`u`
 * (`Netanyahou`), `oo`/`u` (`Yoon`/`Yun`), doubled letters (`Tayyip`/`Tayip`). None of them turns
 * one romanised syllable into another, so they are safe for Chinese, Korean and Vietnamese names too.
 */
const SHARED: [RegExp, string][] = [
  [/w/g, "v"],
  [/y/g, "i"],
  [/oo/g, "u"],
  [/ou/g, "u"],
];

/**
 * Variations of Latin, Cyrillic, Arabic and Turkish names only: a silent `h` (`Anthony`/`Antony`,
 * `Mikhail`/`Mikail`), `ph`/`f`, `ck`/`k`, `c`/`k` (`Katherine`/`Catherine`), `ks`/`x`
 * (`Aleksei`/`Alexei`). In pinyin these make other names (`Chen`/`Cen`, `Qin`/`Kin`), so
 * syllabic names do not get them.
 */
const WESTERN: [RegExp, string][] = [
  [/ph/g, "f"],
  [/([tkgdbc])h/g, "$1"],
  [/ck/g, "k"],
  [/c(?![eiy])/g, "k"],
  [/ks/g, "x"],
];

/**
 * The words of a name reduced to a key that every common spelling of it shares:
 * `Anthony Blinken` and `Antony Blinken` → `antoni blinken`; `Vang Yi` and `Wang Yi` → `vang i`.
 * `syllabic` applies only the variations that keep romanised syllables apart.
 *
 * @example foldWords("Volodymyr Zelenskyy", false) // ["volodimir", "zelenski"]
 */
export function foldWords(name: string, syllabic: boolean): string[] {
  return normalizeName(name)
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => foldWord(w, syllabic));
}

export function foldWord(word: string, syllabic: boolean): string {
  let w = word;
  if (!syllabic) for (const [from, to] of WESTERN) w = w.replace(from, to);
  for (const [from, to] of SHARED) w = w.replace(from, to);
  return w.replace(/(\p{L})\1+/gu, "$1");
}
