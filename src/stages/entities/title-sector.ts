import { loadTitles } from "./lexicon.js";

/**
 * The PLOVER sector a title implies: `former treasury secretary` → ELI, `Deputy Secretary of State` →
 * GOV, `Communist Party boss` → PTY; null when the lexicon does not know the title.
 *
 * @example titleSector("former US treasury secretary") // "ELI"
 */
export function titleSector(title: string | null | undefined): string | null {
  if (!title) return null;
  const lower = title.toLowerCase().replace(/\.$/, "");
  if (/^former\b/.test(lower)) return "ELI";
  const key = lower.replace(/^(?:(?:new|incoming|outgoing|acting|then|current|top|senior)\s+)+/, "");
  const forms = loadTitles().forms;
  const words = key.split(/\s+/);
  // The longest known title ending the phrase: "Shanghai Communist Party boss" → "communist party boss".
  for (let i = 0; i < words.length; i++) {
    const sector = forms.get(words.slice(i).join(" "));
    if (sector) return sector;
  }
  return null;
}
