import type { TriggerRow } from "../../ontology/triggers.js";

export interface TriggerForm {
  /** Lower-case tokens of the form, as the tokenizer splits text (`spoke by phone` → spoke, by, phone). */
  tokens: string[];
  row: TriggerRow;
  /** The row's `not_before` and `not_after` phrases, split into words once. */
  notBefore: string[][];
  notAfter: string[][];
}

/** Trigger forms indexed by their first token, longest first, for one left-to-right pass. */
export interface TriggerIndex {
  byFirst: Map<string, TriggerForm[]>;
  size: number;
}

/** Splits a form as the tokenizer splits text: `didn't` → did n't, `U.S.-led` → u.s. - led. */
function formTokens(form: string): string[] {
  return form
    .toLowerCase()
    .replace(/n't\b/g, " n't")
    .replace(/(['’]s)\b/g, " $1")
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/**
 * The row with every field present (an unset optional one undefined), in one order. Rows as the files
 * give them come in some twenty field sets, and the events stage reads a hit's row in all its hot code:
 * one hidden class there instead of a megamorphic mix (docs/performance.md).
 */
function uniform(row: TriggerRow): TriggerRow {
  return {
    id: row.id,
    type: row.type,
    mode: row.mode,
    cameo: row.cameo,
    pos: row.pos,
    forms: row.forms,
    frame: row.frame,
    status: row.status,
    note: row.note,
    passive_ok: row.passive_ok,
    speaker_acts: row.speaker_acts,
    not_before: row.not_before,
    not_after: row.not_after,
    rule: row.rule,
    source: row.source,
  };
}

/**
 * A row coded as another type (an intent, an ultimatum, an object's reading): `{ ...row, ...changes }`
 * with every field, in the indexed rows' order, so it keeps their hidden class.
 *
 * @example rowWith(row, { type: "REJECT", mode: null, cameo: "120" }).type // "REJECT"
 */
export function rowWith(row: TriggerRow, changes: Partial<TriggerRow>): TriggerRow {
  return Object.assign(uniform(row), changes);
}

export function buildTriggerIndex(rows: readonly TriggerRow[]): TriggerIndex {
  const byFirst = new Map<string, TriggerForm[]>();
  let size = 0;
  for (const read of rows) {
    const row = uniform(read);
    const notBefore = (row.not_before ?? []).map((phrase) => phrase.split(" "));
    const notAfter = (row.not_after ?? []).map((phrase) => phrase.split(" "));
    for (const form of row.forms) {
      const tokens = formTokens(form);
      const first = tokens[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ tokens, row, notBefore, notAfter });
      byFirst.set(first, list);
      size++;
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, size };
}
