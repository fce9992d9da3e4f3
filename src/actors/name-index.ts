import type { KnowledgeBase } from "./kb.js";
import type { KbActor } from "./kb-types.js";
import { foldWord, foldWords, TRADITIONS, type Tradition, traditionOf } from "./name-fold.js";
import type { CloseForm } from "./name-search.js";
import { normalizeName, surnameOf } from "./names.js";

/** One written form (name or alias) of a known person, folded as its naming tradition allows. */
export interface PersonForm {
  actor: KbActor;
  /** Normalised (`antony blinken`). */
  form: string;
  /** Folded words (`antoni`, `blinken`). */
  folded: string[];
  /** The person's normalised surname (`blinken`, `qin`). */
  surname: string;
  /** Letters of the folded words, for a quick length check. */
  letters: number;
  tradition: Tradition;
}

/** Forms with a word within one edit of a written word, and the same forms by their number of words. */
export interface Near {
  all: Set<PersonForm>;
  byLength: Map<number, PersonForm[]>;
}

export interface NameIndex {
  /** The size of the knowledge base when indexed: a knowledge base that grows is indexed again. */
  size: number;
  /** Folded words and their one-deletion keys → forms. */
  forms: Map<string, PersonForm[]>;
  /** Forms near each written word, and close forms by written name: articles name the same people again and again. */
  near: Map<string, Near>;
  close: Map<string, CloseForm[]>;
}

const indexes = new WeakMap<KnowledgeBase, NameIndex>();

/** Cached words or names beyond which a cache starts afresh. */
export const MAX_CACHED = 50_000;

/**
 * Every person's folded names and aliases, indexed by each folded word and its one-deletion keys;
 * built once and again when the knowledge base grows. Two words one edit apart share a key
 * (`bilinken` and `blinken` share `blinken`; `vang` and `wang` fold alike), so candidates are found
 * without comparing a name with every person in the knowledge base.
 */
export function nameIndex(kb: KnowledgeBase): NameIndex {
  const hit = indexes.get(kb);
  if (hit && hit.size === kb.actors.size) return hit;
  const forms = new Map<string, PersonForm[]>();
  for (const actor of kb.actors.values()) {
    if (actor.kind !== "person") continue;
    const tradition = traditionOf(actor.country);
    const surname = normalizeName(surnameOf(actor.name, actor.country));
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const folded = foldWords(name, tradition);
      const letters = folded.join("").length;
      const entry: PersonForm = { actor, form: normalizeName(name), folded, surname, letters, tradition };
      for (const key of new Set(folded.flatMap(wordKeys))) {
        const list = forms.get(key);
        if (list) list.push(entry);
        else forms.set(key, [entry]);
      }
    }
  }
  const index = { size: kb.actors.size, forms, near: new Map(), close: new Map() };
  indexes.set(kb, index);
  return index;
}

/**
 * A word and, when it has four letters or more, each form of it with one letter deleted.
 * Shorter words (`yi`, `qin`) are keys only as written: one letter there makes another name.
 */
export function wordKeys(word: string): string[] {
  if (word.length < 4) return [word];
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Forms with a word within one edit of a written (normalised) word, folded in every tradition. */
export function nearWord(index: NameIndex, word: string): Near {
  const cached = index.near.get(word);
  if (cached) return cached;
  const all = new Set<PersonForm>();
  const keys = new Set([...new Set(TRADITIONS.map((t) => foldWord(word, t)))].flatMap(wordKeys));
  for (const key of keys) for (const form of index.forms.get(key) ?? []) all.add(form);
  const byLength = new Map<number, PersonForm[]>();
  for (const form of all) {
    const list = byLength.get(form.folded.length);
    if (list) list.push(form);
    else byLength.set(form.folded.length, [form]);
  }
  if (index.near.size >= MAX_CACHED) index.near.clear();
  const near = { all, byLength };
  index.near.set(word, near);
  return near;
}
