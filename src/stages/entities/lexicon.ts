import { readFileSync } from "node:fs";

interface TitleFile {
  titles: { sector: string; forms: string[] }[];
  modifiers: string[];
}

export interface TitleLexicon {
  /** Lower-case token key (`secretary of state`) → PLOVER sector. */
  forms: Map<string, string>;
  maxTokens: number;
  modifiers: Set<string>;
  /** The first word of every form, so most tokens are ruled out with one look-up. */
  firstWords: Set<string>;
  /** The leading words of every form (`secretary`, `secretary of`, `secretary of state`). */
  prefixes: Set<string>;
}

let cached: TitleLexicon | null = null;

/** Titles from data/lexicon/titles.json, keyed as the tokenizer splits them. */
export function loadTitles(): TitleLexicon {
  if (cached) return cached;
  const file = readLexicon<TitleFile>("titles.json");
  const forms = new Map<string, string>();
  let maxTokens = 1;
  for (const group of file.titles) {
    for (const form of group.forms) {
      const key = form.replace(/\.$/, "").split(/\s+/).join(" ");
      // "Director-General" is split at its hyphen by the tokenizer; "director-general" is not.
      for (const k of [key, key.replace(/-/g, " - ")]) {
        if (!forms.has(k)) forms.set(k, group.sector);
        maxTokens = Math.max(maxTokens, k.split(" ").length);
      }
    }
  }
  const firstWords = new Set([...forms.keys()].map((k) => (k.split(" ")[0] ?? "").replace(/\.$/, "")));
  const prefixes = new Set<string>();
  for (const k of forms.keys()) {
    const words = k.split(" ");
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(" "));
  }
  cached = { forms, maxTokens, modifiers: new Set(file.modifiers), firstWords, prefixes };
  return cached;
}

interface NameWordsFile {
  notName: Record<string, string[]>;
  speechVerbs: string[];
}

function readLexicon<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../data/lexicon/${name}`, import.meta.url), "utf8")) as T;
}

const nameWords = readLexicon<NameWordsFile>("name-words.json");

/** Capitalised words that are never part of a person's name (data/lexicon/name-words.json). */
export const NOT_NAME: ReadonlySet<string> = new Set(Object.values(nameWords.notName).flat());

/** Months and weekdays, which never continue a name (`Electoral Commission on Thursday`). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...(nameWords.notName.months ?? []),
  ...(nameWords.notName.weekdays ?? []),
]);

/** Honorifics that stand before a name and vouch for a person without being part of it (`Lord Woolf`). */
export const HONORIFICS: ReadonlySet<string> = new Set(nameWords.notName.honorifics ?? []);

/** Verbs of saying that mark the capitalised words before them as a speaker (`Chen said`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(nameWords.speechVerbs);

interface OrgPhrasesFile {
  heads: string[];
  joiners: string[];
  inner: string[];
  neverFirst: string[];
  officeWords: string[];
}

const orgPhrases = readLexicon<OrgPhrasesFile>("org-phrases.json");

/** The words of an organisation's name (data/lexicon/org-phrases.json): heads, joiners, words that never open one. */
export const ORG_PHRASES = {
  heads: new Set(orgPhrases.heads) as ReadonlySet<string>,
  joiners: new Set(orgPhrases.joiners) as ReadonlySet<string>,
  inner: new Set(orgPhrases.inner) as ReadonlySet<string>,
  neverFirst: new Set(orgPhrases.neverFirst) as ReadonlySet<string>,
  officeWords: new Set(orgPhrases.officeWords) as ReadonlySet<string>,
};
