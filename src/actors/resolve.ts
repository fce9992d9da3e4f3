import { packed } from "../model/packed.js";
import type { KnowledgeBase } from "./kb.js";
import type { EditKind } from "./name-edit.js";
import { type Evidence, weighEvidence } from "./name-evidence.js";
import { type CloseForm, closeForms } from "./name-search.js";
import { editDistance, normalizeName } from "./names.js";
import { surfaceKey } from "./surface-key.js";

/** What the article around a name says, used to choose between spelling candidates. */
export interface NameContext {
  /** Normalised words of every name and surname written in the article (`blinken`, `qin`, `gang`). */
  articleWords: Pick<ReadonlySet<string>, "has">;
  /** Countries mentioned in the article, by name, demonym, place or the people it names. */
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

/** How far a spelling may stray from a known name once folded: none for short names, two for long ones. */
function maxEdits(name: string): number {
  return name.length >= 14 ? 2 : name.length >= 6 ? 1 : 0;
}

/** The evidence each kind of difference needs (name-evidence.ts gives the weights). */
const NEEDED: Record<EditKind, number> = { spelling: 1, slip: 1, risky: 2, far: 3 };

interface Scored extends CloseForm {
  evidence: Evidence;
}

/**
 * Resolves a person's name to a knowledge-base actor. Exact names and aliases first; then spellings
 * (`Anthony Blinken`, `Vang Yi`, `Qing Gang`, `Bilnken`) close to a known name once usual
 * transliteration differences are folded away (name-fold.ts), each accepted only with as much support
 * from the article as its difference needs (name-edit.ts): a usual spelling or a typo in a long word
 * needs a little (the person's country in the story); a letter that makes another real name
 * (`Qian`/`Qin`) needs more, such as a title that fits the person's office on the date or their
 * surname written right elsewhere; a word changed more than a typo changes one (`Marzano`/`Martino`)
 * needs as much as a title naming their very office on the date (name-evidence.ts). Candidates
 * equally close and equally supported are reported as ambiguous rather than guessed, and so are close
 * candidates the article does not support.
 *
 * @example resolvePerson("Vang Yi", kb, { ...ctx, countries: new Set(["CHN"]) }) // variant p:wang-yi
 */
export function resolvePerson(name: string, kb: KnowledgeBase, ctx: NameContext): Resolution {
  const exact = kb.surfaces.get(surfaceKey(name))?.find((e) => e.type === "PERSON");
  if (exact) return { kind: "exact", actorId: exact.actorId };
  const norm = normalizeName(name);
  const close = closeForms(kb, norm, maxEdits(norm));
  if (close.length === 0) return { kind: "unknown" };
  const own = new Set(norm.split(" "));
  const scored: Scored[] = packed(close, (c) => ({
    distance: c.distance,
    kind: c.kind,
    form: c.form,
    evidence: weighEvidence(c.form.actor, c.form.surname, ctx, own),
  }));
  const accepted = scored
    .filter((s) => s.evidence.score >= NEEDED[s.kind])
    .sort((a, b) => a.distance - b.distance || b.evidence.score - a.evidence.score);
  const best = accepted[0];
  if (!best) return { kind: "ambiguous", candidates: scored.sort((a, b) => a.distance - b.distance).map(idOf) };
  const tied = accepted.filter((s) => s.distance === best.distance && s.evidence.score === best.evidence.score);
  if (tied.length > 1) return { kind: "ambiguous", candidates: tied.map(idOf) };
  return {
    kind: "variant",
    actorId: best.form.actor.id,
    distance: editDistance(norm, best.form.form),
    evidence: best.evidence.reasons.join(", "),
  };
}

const idOf = (s: Scored) => s.form.actor.id;
