import type { KnowledgeBase } from "../../actors/kb.js";
import type { SurfaceEntry } from "../../actors/kb-types.js";
import { oneEditApart } from "../../actors/names.js";
import type { Token } from "../../doc/layers.js";

interface CountryWord {
  word: string;
  entry: SurfaceEntry;
}

/** One-word country names and demonyms of each knowledge base, by length. */
const cache = new WeakMap<KnowledgeBase, Map<number, CountryWord[]>>();

function countryWords(kb: KnowledgeBase): Map<number, CountryWord[]> {
  let byLength = cache.get(kb);
  if (byLength) return byLength;
  byLength = new Map();
  for (const [surface, entries] of kb.surfaces) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(surface)) continue;
    const entry = entries.find(
      (e) => (e.via === "name" || e.via === "alias" || e.via === "demonym") && kb.get(e.actorId)?.kind === "country",
    );
    if (!entry) continue;
    const list = byLength.get(surface.length) ?? [];
    list.push({ word: surface, entry });
    byLength.set(surface.length, list);
  }
  cache.set(kb, byLength);
  return byLength;
}

/** Words that open a sentence with a capital of their own. */
const OPENERS = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "both",
  "under",
  "after",
  "before",
  "as",
  "by",
  "for",
  "from",
  "with",
  "when",
  "while",
]);

/** Two words of the same letters, two neighbours swapped: `Isreal` / `Israel`. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let second = -1;
  let i = 0;
  for (const c of a) {
    if (c !== b[i]) {
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
    i++;
  }
  return second >= 0 && second === first + 1 && a[first] === b[second];
}

/** The country each word is a slip of, by knowledge base; short words only (see `MEMO_LENGTH`). */
const slips = new WeakMap<KnowledgeBase, Map<string, SurfaceEntry | null>>();
/** V8 copies substrings this short, so remembered words hold no article text alive. */
const MEMO_LENGTH = 12;
const MEMO_SIZE = 20_000;

/** The country or demonym `word` is one typing slip from, if any. */
function slipOf(word: string, kb: KnowledgeBase): SurfaceEntry | null {
  if (word.length > MEMO_LENGTH) return findSlip(word, kb);
  let memo = slips.get(kb);
  if (!memo) {
    memo = new Map();
    slips.set(kb, memo);
  }
  let entry = memo.get(word);
  if (entry === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    entry = findSlip(word, kb);
    memo.set(word, entry);
  }
  return entry;
}

function findSlip(text: string, kb: KnowledgeBase): SurfaceEntry | null {
  const words = countryWords(kb);
  for (const length of [text.length, text.length - 1, text.length + 1]) {
    for (const { word, entry } of words.get(length) ?? []) {
      if (word[0] !== text[0]) continue;
      if (word.length >= 7 ? oneEditApart(text, word) : swapped(text, word)) return entry;
    }
  }
  return null;
}

/**
 * A lone capitalised word one typing slip from a country's name or demonym: `Ethopia`, `Afganistan`,
 * `Phillippines`, `Isreal`. Long names (seven letters or more) allow any one slip after the first
 * letter; shorter ones only two neighbouring letters swapped, since one changed letter in a short
 * word is usually another name (`Roland`, `Jordon`). A word beside another capitalised word is part of
 * a longer name (`Georgio Armani`) and is left alone.
 */
export function misspeltCountry(tokens: readonly Token[], i: number, kb: KnowledgeBase): SurfaceEntry | null {
  const t = tokens[i] as Token;
  if (!t.upper || t.text.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return null;
  const beside = (k: number) => {
    const o = tokens[k];
    if (o === undefined || o.sentence !== t.sentence || !o.upper || o.kind === "punct") return false;
    // "The Phillippines military": a capitalised opener of the sentence is no part of a name.
    return !(OPENERS.has(o.lower) && tokens[k - 1]?.sentence !== o.sentence);
  };
  if (beside(i - 1) || beside(i + 1)) return null;
  return slipOf(t.text, kb);
}
