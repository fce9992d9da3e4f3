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
  const before = tokens[first - 1]?.lower;
  const after = tokens[last + 1]?.lower;
  if (row.not_after && before !== undefined && row.not_after.includes(before)) return true;
  if (row.not_before && after !== undefined && row.not_before.includes(after)) return true;
  return false;
}
