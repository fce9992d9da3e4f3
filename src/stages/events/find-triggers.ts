import type { Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import type { TriggerIndex } from "./trigger-index.js";

export interface TriggerHit {
  row: TriggerRow;
  /** Token indices [first, last] of the trigger in the document's token array. */
  first: number;
  last: number;
}

/**
 * Every trigger in a run of tokens (one sentence), longest form first, honouring each row's
 * `not_before` / `not_after` guards (`meeting room`, `call centre`).
 */
export function findTriggers(tokens: readonly Token[], from: number, to: number, index: TriggerIndex): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = from; i < to; i++) {
    const candidates = index.byFirst.get((tokens[i] as Token).lower);
    if (!candidates) continue;
    for (const form of candidates) {
      const n = form.tokens.length;
      if (i + n > to) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = tokens[i + k]?.lower === form.tokens[k];
      if (!ok || blocked(tokens, i, i + n - 1, form.row)) continue;
      hits.push({ row: form.row, first: i, last: i + n - 1 });
      i += n - 1;
      break;
    }
  }
  return hits;
}

function blocked(tokens: readonly Token[], first: number, last: number, row: TriggerRow): boolean {
  const follows = (phrase: string) => phrase.split(" ").every((w, k) => tokens[last + 1 + k]?.lower === w);
  const precedes = (phrase: string) => {
    const words = phrase.split(" ");
    return words.every((w, k) => tokens[first - words.length + k]?.lower === w);
  };
  return (row.not_before ?? []).some(follows) || (row.not_after ?? []).some(precedes);
}
