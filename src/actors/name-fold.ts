import { normalizeName } from "./names.js";

/**
 * How a person's name is romanised, which decides the spellings that stay the same name:
 * `syllabic` for Chinese and Vietnamese (pinyin and its kin), `korean`, `japanese` (Hepburn and its
 * long vowels), `western` for the rest (Latin, Cyrillic, Arabic, Turkish, Indic…).
 */
export type Tradition = "western" | "syllabic" | "korean" | "japanese";

export const TRADITIONS: readonly Tradition[] = ["western", "syllabic", "korean", "japanese"];

const BY_COUNTRY: Record<string, Tradition> = {
  ...Object.fromEntries(["CHN", "TWN", "HKG", "MAC", "VNM"].map((c) => [c, "syllabic"])),
  KOR: "korean",
  PRK: "korean",
  JPN: "japanese",
};

export function traditionOf(country: string | null): Tradition {
  return (country && BY_COUNTRY[country]) || "western";
}

/**
 * Spellings English news uses interchangeably for one name, by tradition, each kept only where it
 * never turns one name into another: `w`/`v` (`Vang Yi`, `Lavrow`), `y`/`i` beside a vowel or at the
 * end (`Sergey`/`Sergei`, `Zelenskyy`/`Zelenskiy`, but not `Smyth`/`Smith`), `oo`/`u` (`Yoon`/`Yun`),
 * a silent `h` (`Anthony`/`Antony`, `Mikhail`/`Michail`), `ph`/`f`, `c`/`k` (`Catherine`/`Katherine`),
 * `ks`/`x` (`Aleksei`/`Alexei`), `ou`/`u` (`Netanyahou`), Korean `ou`/`eo` (`Young`/`Yeong`) and
 * Japanese long vowels (`Kohno`/`Kouno`/`Kono`). In pinyin `ch`/`c` and `ou`/`u` are other names
 * (`Chen`/`Cen`, `Zhou`/`Zhu`), so Chinese names keep them apart.
 */
const RULES: Record<Tradition, [RegExp, string][]> = {
  western: [
    [/ph/g, "f"],
    [/([tkgdbc])h/g, "$1"],
    [/c/g, "k"],
    [/ks/g, "x"],
    [/ou/g, "u"],
    [/oo/g, "u"],
    [/w/g, "v"],
    [/y(?=[aeiouy])|(?<=[aeiouy])y|y$/g, "i"],
  ],
  syllabic: [[/w/g, "v"]],
  korean: [
    [/oo/g, "u"],
    [/ou/g, "eo"],
    [/w/g, "v"],
  ],
  japanese: [
    [/o[uo]/g, "o"],
    [/oh(?![aeiou])/g, "o"],
    [/uu/g, "u"],
  ],
};

/**
 * The words of a name reduced to a key that every usual spelling of it shares:
 * `Anthony Blinken` and `Antony Blinken` → `antoni blinken`; `Vang Yi` and `Wang Yi` → `vang i`.
 *
 * @example foldWords("Volodymyr Zelenskyy", "western") // ["volodimir", "zelenski"]
 */
export function foldWords(name: string, tradition: Tradition): string[] {
  return normalizeName(name)
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => foldWord(w, tradition));
}

export function foldWord(word: string, tradition: Tradition): string {
  let w = word;
  for (const [from, to] of RULES[tradition]) w = w.replace(from, to);
  return w.replace(/(\p{L})\1+/gu, "$1");
}
