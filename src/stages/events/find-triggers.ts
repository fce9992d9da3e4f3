import type { Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import type { TriggerForm, TriggerIndex } from "./trigger-index.js";

export interface TriggerHit {
  row: TriggerRow;
  /** Token indices [first, last] of the trigger in the document's token array. */
  first: number;
  last: number;
}

/**
 * A hit as one literal: every hit, found or moved to another word (a speech verb, a threat's row),
 * keeps one hidden class, where a spread copy would have one apart (docs/performance.md).
 */
export function triggerHit(row: TriggerRow, first: number, last: number): TriggerHit {
  return { row, first, last };
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
      if (!ok || blocked(tokens, i, i + n - 1, form)) continue;
      hits.push(triggerHit(form.row, i, i + n - 1));
      i += n - 1;
      break;
    }
  }
  return hits;
}

/** True when one of the form's `not_before` phrases follows the trigger or a `not_after` phrase precedes it. */
function blocked(tokens: readonly Token[], first: number, last: number, form: TriggerForm): boolean {
  for (const words of form.notBefore) if (wordsAt(tokens, last + 1, words)) return true;
  for (const words of form.notAfter) if (wordsAt(tokens, first - words.length, words)) return true;
  return false;
}

/** True when the tokens from `at` on are `words` (lower-cased). */
function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > tokens.length) return false; // no read outside the array: see docs/performance.md
  for (let k = 0; k < words.length; k++) if ((tokens[at + k] as Token).lower !== words[k]) return false;
  return true;
}
