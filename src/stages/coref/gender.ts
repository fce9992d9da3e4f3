import type { EntityMention } from "../../doc/layers.js";
import type { Gender } from "./types.js";

// Honorifics and gendered titles only: they hold in any language of origin. Given names do not (a
// list of them would be long, partial and wrong for many of the names in international news).
const CUES: ReadonlyMap<string, Gender> = new Map([
  ["mr", "male"],
  ["sir", "male"],
  ["king", "male"],
  ["prince", "male"],
  ["emperor", "male"],
  ["sheikh", "male"],
  ["lord", "male"],
  ["spokesman", "male"],
  ["congressman", "male"],
  ["ms", "female"],
  ["mrs", "female"],
  ["miss", "female"],
  ["madam", "female"],
  ["madame", "female"],
  ["mme", "female"],
  ["dame", "female"],
  ["lady", "female"],
  ["queen", "female"],
  ["princess", "female"],
  ["empress", "female"],
  ["baroness", "female"],
  ["spokeswoman", "female"],
  ["congresswoman", "female"],
  ["chairwoman", "female"],
]);

/**
 * The gender an honorific or title right before a person mention reveals (`Ms. Wong`, `Queen
 * Rania`, `spokeswoman Mao Ning`), or null when nothing does.
 *
 * @example genderCue(mention("Ms. Penny Wong said", "Penny Wong", "PERSON", "p:penny-wong"), text) // "female"
 */
export function genderCue(e: EntityMention, text: string): Gender | null {
  const from = e.title ? Math.min(e.title.start, e.start) : e.start;
  const near = (
    text
      .slice(Math.max(0, from - 12), from)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).slice(-1);
  const titleWords = e.title?.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of [...near, ...titleWords]) {
    const g = CUES.get(w);
    if (g) return g;
  }
  return null;
}
