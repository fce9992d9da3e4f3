import { cameoRoot } from "./petrarch-codes.js";
import type { SentenceResult } from "./petrarch-score.js";

/**
 * Whether a 2-digit root is one of CAMEO's twenty (`01`–`20`); the unit tests also use made-up
 * codes (`903`, `345`) to test verb synsets, which no real coder can produce.
 */
export function isCameoRoot(root: string): boolean {
  const n = Number(root);
  return /^\d{2}$/.test(root) && n >= 1 && n <= 20;
}

/** Per test category: sentences, gold events, gold events whose root was coded, sentences coded with no event. */
export function byCategory(
  results: readonly SentenceResult[],
): Record<string, { sentences: number; gold: number; correct: number; silent: number }> {
  const out: Record<string, { sentences: number; gold: number; correct: number; silent: number }> = {};
  for (const r of results) {
    const row = out[r.category ?? ""] ?? { sentences: 0, gold: 0, correct: 0, silent: 0 };
    out[r.category ?? ""] = row;
    row.sentences++;
    row.gold += r.gold.length;
    if (r.gold.length > 0 && r.coded.length === 0) row.silent++;
    const left = r.coded.map((t) => cameoRoot(t.cameo));
    for (const g of r.gold) {
      const i = left.indexOf(cameoRoot(g.cameo));
      if (i >= 0) {
        left.splice(i, 1);
        row.correct++;
      }
    }
  }
  return out;
}
