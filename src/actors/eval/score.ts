import type { KnowledgeBase } from "../kb.js";
import { type Resolution, resolvePerson } from "../resolve.js";
import { nameContext } from "./context.js";
import type { NameFixture } from "./fixture.js";

/** One case resolved: the actor it should name (`null`: nobody known), the one to avoid, what came out. */
export interface CaseResult {
  set: "variant" | "near-miss";
  name: string;
  expected: string | null;
  avoid: string | null;
  resolution: Resolution;
  note: string | undefined;
}

export interface NameScore {
  cases: CaseResult[];
  /** Cases naming an actor the knowledge base lacks: left out of the scores. */
  invalid: string[];
  /** Resolutions made (exact or variant), and how many named the expected actor. */
  resolved: number;
  right: number;
  /** The same, for spelling variants only (exact look-ups left out). */
  variantResolved: number;
  variantRight: number;
  /** Variant cases, and how many resolved to their actor. */
  variants: number;
  found: number;
  nearMisses: number;
  /** Near misses read as the person they are not. */
  merged: number;
  precision: number;
  recall: number;
  /** Cases whose resolution is wrong or missing. */
  errors: CaseResult[];
}

const actorOf = (r: Resolution): string | null => (r.kind === "exact" || r.kind === "variant" ? r.actorId : null);

/** Resolves every case of the fixture with the knowledge base and scores it. */
export function scoreFixture(fixture: NameFixture, kb: KnowledgeBase): NameScore {
  const invalid: string[] = [];
  const known = (id: string | undefined, label: string) => {
    if (id && !kb.get(id)) invalid.push(`${label}: ${id} is not in the knowledge base`);
    return !id || kb.get(id) !== undefined;
  };
  const cases: CaseResult[] = [];
  for (const v of fixture.variants) {
    if (!known(v.canonical, v.variant)) continue;
    const resolution = resolvePerson(v.variant, kb, nameContext(v.variant, v.context, kb));
    cases.push({ set: "variant", name: v.variant, expected: v.canonical, avoid: null, resolution, note: v.note });
  }
  for (const n of fixture.nearMisses) {
    if (!known(n.not, n.name) || !known(n.is, n.name)) continue;
    const resolution = resolvePerson(n.name, kb, nameContext(n.name, n.context, kb));
    cases.push({ set: "near-miss", name: n.name, expected: n.is ?? null, avoid: n.not, resolution, note: n.note });
  }
  const made = cases.filter((c) => actorOf(c.resolution) !== null);
  const isRight = (c: CaseResult) => actorOf(c.resolution) === c.expected;
  const spelled = made.filter((c) => c.resolution.kind === "variant");
  const variants = cases.filter((c) => c.set === "variant");
  const near = cases.filter((c) => c.set === "near-miss");
  const right = made.filter(isRight).length;
  const found = variants.filter(isRight).length;
  return {
    cases,
    invalid,
    resolved: made.length,
    right,
    variantResolved: spelled.length,
    variantRight: spelled.filter(isRight).length,
    variants: variants.length,
    found,
    nearMisses: near.length,
    merged: near.filter((c) => actorOf(c.resolution) === c.avoid).length,
    precision: made.length === 0 ? 1 : right / made.length,
    recall: variants.length === 0 ? 0 : found / variants.length,
    errors: cases.filter((c) => !isRight(c) && (c.set === "variant" || actorOf(c.resolution) !== null)),
  };
}
