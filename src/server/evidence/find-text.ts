/** A span of a text: `text.slice(start, end)`. */
export interface Found {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `phrase` stands in `text` between `from` and `to` as whole words, case ignored and any
 * run of spaces matching any other: `findPhrase("They spoke  by phone.", "spoke by phone")` → 5…20.
 * Returns every occurrence, in order.
 */
export function findPhrase(text: string, phrase: string, from = 0, to = text.length): Found[] {
  const words = phrase.trim().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
  const window = text.slice(from, to);
  return [...window.matchAll(pattern)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}
