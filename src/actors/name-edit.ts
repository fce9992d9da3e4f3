import type { Tradition } from "./name-fold.js";
import { editDistance } from "./names.js";

/**
 * How a written name differs from a known one, once both are folded (name-fold.ts):
 * - `spelling`: not at all (`Vang Yi`, `Anthony Blinken`, `Xi Jin-ping`), a usual way to write it;
 * - `slip`: a letter off in a long word of a Western name (`Blinkin`, `Rumsfield`), or in a given
 *   name beside a long family name written right (`Michael Barnier`, `Joseph Borrell`): more often
 *   a typo or a local form of the name than another person;
 * - `risky`: a letter off in a short word (`Qian`/`Qin`, `Reed`/`Reid`, `Smyth`/`Smith`), anywhere
 *   in an East Asian name, romanised syllable by syllable (`Jingping`/`Jinping`, `Naoko`/`Naoki`),
 *   or a word added or dropped (`Donald Trump Jr`), where one letter usually makes another person;
 * - `far`: one word changed more than a typo does (`Marzano`/`Martino`, `Seok`/`Suk`), a name of its
 *   own unless the article says otherwise.
 */
export type EditKind = "spelling" | "slip" | "risky" | "far";

/** The kinds from least to most likely to name another person. */
export const EDIT_RISK: Record<EditKind, number> = { spelling: 0, slip: 1, risky: 2, far: 3 };

export interface NameEdit {
  /** Edits between the folded names, spaces ignored (`Jin-ping`/`Jinping` are 0 apart). */
  distance: number;
  kind: EditKind;
}

/** Words shorter than this are risky to change: `Qin`, `Tai`, `Reid`, `Smith`, `Zayed`, where one letter makes another name. */
const SHORT_WORD = 6;
/** The same for a given name beside its family name written right: `Bill`/`Billy` stay apart, `Josep`/`Joseph` do not. */
const SHORT_GIVEN = 5;

/**
 * Compares folded words; `limit` bounds the edit distance (beyond it, `distance` is `limit + 1`).
 * Middle initials the writer adds to a known name without any (`Sergey V. Lavrov`) are dropped first;
 * initials that differ from the known name's (`George H. W. Bush`) are not.
 *
 * @example compareNames(["vang", "i"], ["vang", "i"], "syllabic", 1) // { distance: 0, kind: "spelling" }
 * @example compareNames(["qian", "gang"], ["qin", "gang"], "syllabic", 1) // { distance: 1, kind: "risky" }
 */
export function compareNames(
  written: readonly string[],
  known: readonly string[],
  tradition: Tradition,
  limit: number,
): NameEdit {
  const initial = (w: string) => w.length === 1;
  const mention = known.some(initial) ? written : written.filter((w, i) => !initial(w) || i === 0);
  const distance = editDistance(mention.join(""), known.join(""), limit);
  if (distance === 0) return { distance, kind: "spelling" };
  if (mention.length !== known.length) return { distance, kind: "risky" };
  const changed = mention.flatMap((w, i) => (w === known[i] ? [] : [[w, known[i] as string] as const]));
  if (changed.some(([a, b]) => editDistance(a, b, 2) > perWord(b))) return { distance, kind: "far" };
  if (tradition !== "western") return { distance, kind: "risky" };
  const family = known[known.length - 1] ?? "";
  // Beside a long family name written right, a given name may differ a little more (Michel/Michael).
  const shortest = family.length >= SHORT_WORD && mention[mention.length - 1] === family ? SHORT_GIVEN : SHORT_WORD;
  const risky = changed.some(([a, b]) => Math.min(a.length, b.length) < shortest);
  return { distance, kind: risky ? "risky" : "slip" };
}

/** Edits one word may take and stay a typo: one, two in a word of eight letters or more (`Mukherji`/`Mukherjee`), not `Marzano`/`Martino`. */
const perWord = (word: string) => (word.length >= 8 ? 2 : 1);
