import type { KnowledgeBase } from "./kb.js";
import type { KbActor } from "./kb-types.js";
import { compareNames, type NameEdit } from "./name-edit.js";
import { foldWord, foldWords, TRADITIONS, type Tradition, traditionOf } from "./name-fold.js";
import { normalizeName } from "./names.js";

/** One written form (name or alias) of a known person, folded as its naming tradition allows. */
export interface PersonForm {
  actor: KbActor;
  /** Normalised (`antony blinken`). */
  form: string;
  /** Folded words (`antoni`, `blinken`). */
  folded: string[];
  /** Letters of the folded words, for a quick length check. */
  letters: number;
  tradition: Tradition;
}

/** A known person close to a written name, by their closest form. */
export interface CloseForm extends NameEdit {
  form: PersonForm;
}

interface Index {
  size: number;
  forms: Map<string, PersonForm[]>;
  /** Forms near each written word, and close forms by written name and limit: articles name the same people again and again. */
  near: Map<string, Near>;
  close: Map<string, CloseForm[]>;
}

/** Forms with a word within one edit of a written word, and the same forms by their number of words. */
interface Near {
  all: Set<PersonForm>;
  byLength: Map<number, PersonForm[]>;
}

const indexes = new WeakMap<KnowledgeBase, Index>();
const MAX_CACHED = 50_000;

/**
 * Every person's folded names and aliases, indexed by each folded word and its one-deletion keys;
 * rebuilt when the knowledge base grows. Two words one edit apart share a key (`bilinken` and
 * `blinken` share `blinken`; `vang` and `wang` fold alike), so candidates are found without comparing
 * a name with every person in the knowledge base.
 */
function indexOf(kb: KnowledgeBase): Index {
  const hit = indexes.get(kb);
  if (hit && hit.size === kb.actors.size) return hit;
  const forms = new Map<string, PersonForm[]>();
  for (const actor of kb.actors.values()) {
    if (actor.kind !== "person") continue;
    const tradition = traditionOf(actor.country);
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const folded = foldWords(name, tradition);
      const letters = folded.join("").length;
      const entry: PersonForm = { actor, form: normalizeName(name), folded, letters, tradition };
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

/**
 * Each known person with a form within `limit` folded edits of the name (name-edit.ts), by their
 * closest and least risky form. The name is folded in every tradition to find candidates, then
 * compared in each candidate's own.
 */
export function closeForms(kb: KnowledgeBase, name: string, limit: number): CloseForm[] {
  const index = indexOf(kb);
  const cacheKey = `${limit}|${name}`;
  const cached = index.close.get(cacheKey);
  if (cached) return cached;
  const words = normalizeName(name).split(" ");
  const folded = new Map<Tradition, { words: string[]; letters: number }>();
  const foldedIn = (t: Tradition) => {
    let f = folded.get(t);
    if (!f) folded.set(t, (f = { words: words.map((w) => foldWord(w, t)), letters: 0 }));
    f.letters ||= f.words.join("").length;
    return f;
  };
  // Initials the writer adds may be dropped before comparing (name-edit.ts).
  const slack = limit + words.filter((w) => w.length === 1).length;
  const byActor = new Map<string, CloseForm>();
  for (const form of candidates(index, words, limit)) {
    const mention = foldedIn(form.tradition);
    if (Math.abs(mention.letters - form.letters) > slack || !aligned(mention.words, form.folded)) continue;
    const edit = compareNames(mention.words, form.folded, form.tradition, limit);
    const seen = byActor.get(form.actor.id);
    if (edit.distance <= limit && (!seen || closer(edit, seen))) byActor.set(form.actor.id, { form, ...edit });
  }
  if (index.close.size >= MAX_CACHED) index.close.clear();
  const found = [...byActor.values()];
  index.close.set(cacheKey, found);
  return found;
}

/**
 * Forms worth comparing with the written words. A form of as many words is close only if nearly every
 * written word is near one of its words (`Vang Yi`: `vang` and `yi` both near Wang Yi; with two edits
 * allowed, one word may stray further, `Soebianto`/`Subianto`), so only such forms are kept, which
 * spares comparing `David Smith` with every David. Forms of another length (`Xi Jin Ping`,
 * `Sergey V. Lavrov`) need only share a near word.
 */
function candidates(index: Index, words: readonly string[], limit: number): Set<PersonForm> {
  const nears = [...new Set(words)].map((w) => nearWord(index, w)).sort((a, b) => a.all.size - b.all.size);
  const astray = Math.max(0, limit - 1);
  const found = new Set<PersonForm>();
  for (const near of nears.slice(0, astray + 1))
    for (const form of near.byLength.get(words.length) ?? [])
      if (nears.filter((n) => !n.all.has(form)).length <= astray) found.add(form);
  for (const near of nears)
    for (const [length, forms] of near.byLength) if (length !== words.length) for (const form of forms) found.add(form);
  return found;
}

/**
 * Names written with more or fewer words than a known form (`Xi Jin Ping`, `Ban Kimoon`,
 * `Sergey V. Lavrov`) split or join words, or add initials, but keep their first or last word.
 */
function aligned(written: readonly string[], known: readonly string[]): boolean {
  return written.length === known.length || written[0] === known[0] || written.at(-1) === known.at(-1);
}

/** Forms with a word within one edit of a written word, folded in every tradition. */
function nearWord(index: Index, word: string): Near {
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

const RISK = { spelling: 0, slip: 1, risky: 2 };

function closer(a: NameEdit, b: NameEdit): boolean {
  return a.distance < b.distance || (a.distance === b.distance && RISK[a.kind] < RISK[b.kind]);
}
