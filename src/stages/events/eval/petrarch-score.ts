import { cameoToPlover } from "../../../ontology/cameo.js";
import { cameoRoot, countryLevel } from "./petrarch-codes.js";
import { type LabelTable, matchLabels } from "./petrarch-match.js";
import type { GoldTriple } from "./petrarch-records.js";

/** A coded triple: the event's CAMEO code and its PLOVER type. */
export interface CodedTriple extends GoldTriple {
  type: string;
}

/** Gold and coded triples of one sentence. */
export interface SentenceResult {
  id: string;
  /** The suite's test category (`COMPOUND`, `PASSIVE`…), for a per-category table. */
  category?: string;
  gold: GoldTriple[];
  coded: CodedTriple[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PetrarchScore {
  goldEvents: number;
  /** Gold events whose root some coded event of the sentence has (one coded event per gold event). */
  rootCorrect: number;
  /** Coded events beyond the sentence's gold count. */
  spurious: number;
  /** Gold root → n, correct, and what the missed ones were coded as. */
  perRoot: LabelTable;
  /** The same on PLOVER types, gold mapped through the CAMEO→PLOVER crosswalk (codes PLOVER drops left out). */
  perType: LabelTable;
  /** (side, country) pairs per sentence: `S:ARN`, `T:GON`. */
  dyad: Prf;
  /** (source country, target country, root) per sentence. */
  triple: Prf;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

function countSets(gold: Set<string>, coded: Set<string>, acc: [number, number, number]): void {
  for (const c of coded) acc[gold.has(c) ? 0 : 1]++;
  for (const g of gold) if (!coded.has(g)) acc[2]++;
}

const side = (tag: string, code: string | null) => (countryLevel(code) ? [`${tag}:${countryLevel(code)}`] : []);
const dyadPairs = (ts: GoldTriple[]) => new Set(ts.flatMap((t) => [...side("S", t.source), ...side("T", t.target)]));
const triples = (ts: GoldTriple[]) =>
  new Set(ts.map((t) => `${countryLevel(t.source) ?? "-"}|${countryLevel(t.target) ?? "-"}|${cameoRoot(t.cameo)}`));
const goldType = (t: GoldTriple) => cameoToPlover(t.cameo)?.type;

/**
 * Scores coded sentences against gold: CAMEO roots and PLOVER types matched as multisets per
 * sentence (`matchLabels`), dyads and triples as sets per sentence at the country level (the first
 * three letters of the actor code).
 *
 * @example scorePetrarch([{ id: "a", gold: [{ source: "ARN", target: "GON", cameo: "064" }], coded: [{ source: "ARNGOV", target: "GON", cameo: "061", type: "COOPERATE" }] }])
 *   // rootCorrect 1, dyad F1 1, triple F1 1
 */
export function scorePetrarch(sentences: readonly SentenceResult[]): PetrarchScore {
  const perRoot: LabelTable = {};
  const perType: LabelTable = {};
  let goldEvents = 0;
  let rootCorrect = 0;
  let spurious = 0;
  const dyad: [number, number, number] = [0, 0, 0];
  const triple: [number, number, number] = [0, 0, 0];
  for (const s of sentences) {
    goldEvents += s.gold.length;
    const roots = matchLabels(
      s.gold.map((t) => cameoRoot(t.cameo)),
      s.coded.map((t) => cameoRoot(t.cameo)),
      perRoot,
    );
    rootCorrect += roots.correct;
    spurious += roots.extra;
    const types = s.gold.map(goldType).filter((t): t is NonNullable<typeof t> => Boolean(t));
    matchLabels(
      types,
      s.coded.map((t) => t.type),
      perType,
    );
    countSets(dyadPairs(s.gold), dyadPairs(s.coded), dyad);
    countSets(triples(s.gold), triples(s.coded), triple);
  }
  return { goldEvents, rootCorrect, spurious, perRoot, perType, dyad: prf(...dyad), triple: prf(...triple) };
}
