import type { KnowledgeBase } from "./kb.js";
import type { KbActor } from "./kb-types.js";
import { editDistance, normalizeName, surnameOf } from "./names.js";
import { surfaceKey } from "./surface-key.js";

/** What the article around a name says, used to choose between spelling candidates. */
export interface NameContext {
  /** Normalised words of every name and surname written in the article (`blinken`, `qin`, `gang`). */
  articleWords: Set<string>;
  /** Countries mentioned in the article. */
  countries: Set<string>;
  /** The title bound to this mention, lower-case (`secretary of state`), if any. */
  title: string | null;
  /** The article's publication date, if known. */
  date: string | null;
}

export type Resolution =
  | { kind: "exact"; actorId: string }
  | { kind: "variant"; actorId: string; distance: number; evidence: string }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown" };

/** How far a spelling may stray from a known name: one edit, two for long names. */
function maxEdits(name: string): number {
  return name.length >= 14 ? 2 : name.length >= 6 ? 1 : 0;
}

/**
 * Resolves a person's name to a knowledge-base actor. Exact names and aliases first; then spelling
 * variants (`Bilinken`, `Vang Yi`, `Qing Gang`) within a small edit distance, accepted only with
 * support from the article: a title that matches one of the candidate's roles, the candidate's surname
 * written correctly elsewhere, or the candidate's country in the story. Two candidates that remain
 * equally close are reported as ambiguous rather than guessed.
 */
export function resolvePerson(name: string, kb: KnowledgeBase, ctx: NameContext): Resolution {
  const exact = kb.surfaces.get(surfaceKey(name))?.find((e) => e.type === "PERSON");
  if (exact) return { kind: "exact", actorId: exact.actorId };
  const norm = normalizeName(name);
  const limit = maxEdits(norm);
  if (limit === 0) return { kind: "unknown" };
  const scored: { actor: KbActor; distance: number; support: string | null }[] = [];
  const seen = new Set<string>();
  for (const { form, actor } of candidateForms(kb, norm)) {
    if (seen.has(actor.id) || Math.abs(form.length - norm.length) > limit) continue;
    const distance = editDistance(norm, form, limit);
    if (distance > limit) continue;
    seen.add(actor.id);
    scored.push({ actor, distance, support: supportFor(actor, ctx) });
  }
  const supported = scored.filter((s) => s.support !== null).sort((a, b) => a.distance - b.distance);
  const best = supported[0];
  if (!best)
    return scored.length > 0 ? { kind: "ambiguous", candidates: scored.map((s) => s.actor.id) } : { kind: "unknown" };
  const rival = supported[1];
  if (rival && rival.distance === best.distance) {
    return { kind: "ambiguous", candidates: supported.map((s) => s.actor.id) };
  }
  return { kind: "variant", actorId: best.actor.id, distance: best.distance, evidence: best.support ?? "" };
}

interface PersonForm {
  form: string;
  actor: KbActor;
}

const formsCache = new WeakMap<KnowledgeBase, Map<string, PersonForm[]>>();

/** Every person's normalised names and aliases, indexed by each of their words, built once per knowledge base. */
function formsByWord(kb: KnowledgeBase): Map<string, PersonForm[]> {
  let index = formsCache.get(kb);
  if (!index) {
    index = new Map();
    for (const actor of kb.actors.values()) {
      if (actor.kind !== "person") continue;
      for (const name of [actor.name, ...actor.aliases]) {
        const form = normalizeName(name);
        for (const key of new Set(form.split(" ").flatMap(wordKeys))) index.set(key, [...(index.get(key) ?? []), { form, actor }]);
      }
    }
    formsCache.set(kb, index);
  }
  return index;
}

/**
 * A word and, when it has four letters or more, each form of it with one letter deleted. Two words
 * one edit apart share a key (`vang`/`wang` → `ang`, `anthony`/`antony` → `antony`), so candidates
 * are found without comparing a mention with every name in the knowledge base.
 */
function wordKeys(word: string): string[] {
  if (word.length < 4) return [word];
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Known names with a word within one edit of a word of the mention; the edit distance decides after. */
function candidateForms(kb: KnowledgeBase, norm: string): PersonForm[] {
  const index = formsByWord(kb);
  const found = new Set<PersonForm>();
  for (const key of new Set(norm.split(" ").flatMap(wordKeys))) for (const f of index.get(key) ?? []) found.add(f);
  return [...found];
}

function supportFor(actor: KbActor, ctx: NameContext): string | null {
  if (ctx.title) {
    const head = ctx.title.split(" ").filter((w) => w.length > 3 && w !== "former");
    if (actor.roles.some((r) => head.some((w) => r.title.toLowerCase().includes(w)))) return `title "${ctx.title}"`;
  }
  const surname = normalizeName(surnameOf(actor.name, actor.country));
  if (ctx.articleWords.has(surname)) return `surname "${surname}" in the article`;
  if (actor.country && ctx.countries.has(actor.country)) return `country ${actor.country} in the article`;
  return null;
}
