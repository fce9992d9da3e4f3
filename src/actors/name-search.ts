import type { KnowledgeBase } from "./kb.js";
import { compareNames, EDIT_RISK, type NameEdit } from "./name-edit.js";
import { foldWord, type Tradition } from "./name-fold.js";
import { MAX_CACHED, type NameIndex, nameIndex, nearWord, type PersonForm } from "./name-index.js";

/** A known person close to a written name, by their closest form. */
export interface CloseForm extends NameEdit {
  form: PersonForm;
}

/**
 * Each known person with a form within `limit` folded edits of a normalised name (name-edit.ts), by
 * their closest and least risky form. The name is folded in every tradition to find candidates, then
 * compared in each candidate's own.
 */
export function closeForms(kb: KnowledgeBase, normalized: string, limit: number): CloseForm[] {
  const index = nameIndex(kb);
  const cacheKey = `${limit}|${normalized}`;
  const cached = index.close.get(cacheKey);
  if (cached) return cached;
  const words = normalized.split(" ");
  const folded = new Map<Tradition, { words: string[]; letters: number }>();
  const foldedIn = (t: Tradition) => {
    const seen = folded.get(t);
    if (seen) return seen;
    const f = { words: words.map((w) => foldWord(w, t)), letters: 0 };
    f.letters = f.words.join("").length;
    folded.set(t, f);
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
function candidates(index: NameIndex, words: readonly string[], limit: number): Set<PersonForm> {
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

/** The closer of two forms of one person, or the less risky at equal distance. */
function closer(a: NameEdit, b: NameEdit): boolean {
  return a.distance < b.distance || (a.distance === b.distance && EDIT_RISK[a.kind] < EDIT_RISK[b.kind]);
}
