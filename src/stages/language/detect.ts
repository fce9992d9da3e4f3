/** Very common English function words: prose in English has plenty of them, other languages almost none. */
const ENGLISH = new Set([
  "the",
  "of",
  "and",
  "to",
  "in",
  "a",
  "is",
  "that",
  "for",
  "on",
  "was",
  "with",
  "he",
  "as",
  "it",
  "by",
  "at",
  "said",
  "his",
  "from",
  "are",
  "have",
  "has",
  "be",
  "this",
  "an",
  "will",
  "were",
  "its",
  "their",
  "which",
  "not",
  "but",
  "they",
  "also",
  "had",
  "after",
  "two",
  "who",
  "been",
  "would",
  "more",
  "or",
]);

/**
 * `en` when English function words make up a normal share of the words, else `und` (not English; not
 * coded). Texts under 20 words are assumed English: too short to tell.
 *
 * @example detectLanguage("Le ministre a rencontré son homologue à Pékin.") // "und"
 */
export function detectLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return "en";
  const sample = words.slice(0, 400);
  const hits = sample.filter((w) => ENGLISH.has(w)).length;
  return hits / sample.length >= 0.12 ? "en" : "und";
}
