/**
 * Test support: a table row `[behaviour, sentence, publishedAt, expected text, expected value]`
 * run through `findTimexes`; the row passes when a timex with exactly that text has that value,
 * and its offsets point at that text.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import { findTimexes } from "./find.js";
import type { Timex } from "./types.js";

export type Row = [behaviour: string, sentence: string, publishedAt: string | null, text: string, value: string | null];

export function findOne(sentence: string, publishedAt: string | null, text: string): Timex {
  const found = findTimexes(sentence, { publishedAt });
  const hit = found.find((t) => t.text === text);
  assert.ok(hit, `no timex "${text}" in ${JSON.stringify(found.map((t) => t.text))}`);
  assert.equal(sentence.slice(hit.start, hit.end), hit.text);
  return hit;
}

export function runTable(rows: readonly Row[]): void {
  for (const [behaviour, sentence, publishedAt, text, value] of rows) {
    test(behaviour, () => {
      assert.equal(findOne(sentence, publishedAt, text).value, value);
    });
  }
}
