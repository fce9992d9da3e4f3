import type { TriggerRow } from "./triggers.js";

/** A trigger found in a token sequence: token indices `first`…`last`, inclusive. */
export interface TriggerMatch {
  readonly row: TriggerRow;
  readonly first: number;
  readonly last: number;
}

/** One form of a row, split into its words. */
export interface IndexedForm {
  readonly tokens: readonly string[];
  readonly row: TriggerRow;
}

const split = (phrase: string): string[] => phrase.split(" ");

function endsWith(tokens: readonly string[], end: number, phrase: readonly string[]): boolean {
  const start = end - phrase.length;
  return start >= 0 && phrase.every((t, k) => tokens[start + k] === t);
}

function startsWith(tokens: readonly string[], start: number, phrase: readonly string[]): boolean {
  return start + phrase.length <= tokens.length && phrase.every((t, k) => tokens[start + k] === t);
}

/** Whether a guard phrase stands right before (`not_after`) or right after (`not_before`) the match. */
function blocked(tokens: readonly string[], first: number, last: number, row: TriggerRow): boolean {
  if (row.not_after?.some((p) => endsWith(tokens, first, split(p)))) return true;
  return row.not_before?.some((p) => startsWith(tokens, last + 1, split(p))) ?? false;
}

/** Forms indexed by first token, longest first; equal lengths keep row order. */
export function indexForms(rows: readonly TriggerRow[]): Map<string, IndexedForm[]> {
  const index = new Map<string, IndexedForm[]>();
  for (const row of rows) {
    for (const form of row.forms) {
      const tokens = split(form);
      const list = index.get(tokens[0] as string) ?? [];
      list.push({ tokens, row });
      index.set(tokens[0] as string, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/**
 * The reference reading of the trigger rows over lower-case tokens: left to right, the longest
 * unblocked form starting at a token wins and the scan resumes after it ("agreed to withdraw" beats
 * "agreed"; "heart attack" is blocked by `not_after: ["heart"]`). Guards may be several tokens long.
 *
 * @example matchTriggers(["they", "held", "talks"], rows) // [{ row: consult.hold-talks.verb, first: 1, last: 2 }]
 */
export function matchTriggers(
  tokens: readonly string[],
  rows: readonly TriggerRow[],
  index = indexForms(rows),
): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const form of index.get(tokens[i] as string) ?? []) {
      const last = i + form.tokens.length - 1;
      if (!startsWith(tokens, i, form.tokens) || blocked(tokens, i, last, form.row)) continue;
      matches.push({ row: form.row, first: i, last });
      i = last;
      break;
    }
  }
  return matches;
}
