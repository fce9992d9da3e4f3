/**
 * Scores one document's DATE expressions against gold, TempEval style:
 * - strict: the span is exactly the gold span; relaxed: the spans overlap (one-to-one, greedy,
 *   exact matches paired first);
 * - value: over relaxed matches, both values equal once normalised (normalise.ts).
 * Only gold `type="DATE"` counts. A prediction overlapping only a gold TIME, DURATION or SET is left
 * out of the count (neither right nor wrong): it names the time of a different TimeML type.
 */

import type { Timex } from "../types.js";
import { normaliseValue } from "./normalise.js";
import type { GoldTimex } from "./tml.js";

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
}

export interface Mismatch {
  doc: string;
  kind: "missed" | "spurious" | "value";
  text: string;
  gold: string | null;
  predicted: string | null;
  context: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const same = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start === b.start && a.end === b.end;

function context(text: string, span: { start: number; end: number }): string {
  return text.slice(Math.max(0, span.start - 60), Math.min(text.length, span.end + 40)).replace(/\s+/g, " ");
}

export function scoreDocument(
  doc: { id: string; dct: string | null; text: string; timexes: GoldTimex[] },
  predicted: readonly Timex[],
): { counts: Counts; mismatches: Mismatch[] } {
  const gold = doc.timexes.filter((g) => g.type === "DATE");
  const otherTypes = doc.timexes.filter((g) => g.type !== "DATE");
  const scored = predicted.filter((p) => gold.some((g) => overlaps(g, p)) || !otherTypes.some((g) => overlaps(g, p)));
  const pairs = new Map<GoldTimex, Timex>();
  for (const pass of [same, overlaps]) {
    for (const g of gold) {
      if (pairs.has(g)) continue;
      const taken = new Set(pairs.values());
      const p = scored.find((q) => !taken.has(q) && pass(g, q));
      if (p) pairs.set(g, p);
    }
  }
  const counts: Counts = {
    gold: gold.length,
    predicted: scored.length,
    strict: 0,
    relaxed: pairs.size,
    valueCorrect: 0,
  };
  const mismatches: Mismatch[] = [];
  const note = (
    kind: Mismatch["kind"],
    span: { start: number; end: number; text: string },
    g: string | null,
    p: string | null,
  ) => mismatches.push({ doc: doc.id, kind, text: span.text, gold: g, predicted: p, context: context(doc.text, span) });
  for (const g of gold) {
    const p = pairs.get(g);
    if (!p) {
      note("missed", g, g.value, null);
      continue;
    }
    if (same(g, p)) counts.strict++;
    const goldValue = normaliseValue(g.value, doc.dct);
    if (goldValue !== null && goldValue === normaliseValue(p.value, doc.dct)) counts.valueCorrect++;
    else note("value", p, g.value, p.value);
  }
  const matched = new Set(pairs.values());
  for (const p of scored) if (!matched.has(p)) note("spurious", p, null, p.value);
  return { counts, mismatches };
}
