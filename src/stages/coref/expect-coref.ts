/**
 * Test support: runs the entities and coref stages on a text (sentences and tokens split as the
 * pipeline does) and reads each link as one line:
 *
 *   "The two sides → CHN + USA", "he → p:wang-yi", "She → \"Achieng\"" (no actor), "the minister → nobody"
 *
 * Each link's offsets must give its text.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import type { CorefLink } from "../../doc/layers.js";
import { testContext, tokenizedDoc } from "../../testing/context.js";
import { entitiesStage } from "../entities/stage.js";
import { corefStage } from "./stage.js";

export type Row = [behaviour: string, text: string, expected: string[]];

/** @example linksOf("Wang Yi arrived. He met Lavrov.") // [the link for "He"] */
export function linksOf(text: string, publishedAt: string | null = "2023-06-20"): CorefLink[] {
  const doc = tokenizedDoc(text);
  const ctx = testContext(publishedAt);
  entitiesStage.run(doc, ctx);
  corefStage.run(doc, ctx);
  const links = doc.get("coref");
  for (const l of links) assert.equal(doc.slice(l), l.text, "link offsets");
  return links;
}

/** @example describeLink(link) // "He → p:wang-yi" */
export function describeLink(l: CorefLink): string {
  const ids = l.antecedents.map((a) => a.actorId ?? `"${a.text}"`);
  return `${l.text} → ${ids.length > 0 ? ids.join(" + ") : "nobody"}`;
}

/**
 * One test per row: the links of `kind` found in the text, in order.
 *
 * @example runTable([["'He' after a name", "Wang Yi arrived. He met Lavrov.", ["He → p:wang-yi"]]], "pronoun")
 */
export function runTable(rows: readonly Row[], kind: CorefLink["kind"], publishedAt?: string | null): void {
  for (const [behaviour, text, expected] of rows) {
    test(behaviour, () =>
      assert.deepEqual(
        linksOf(text, publishedAt)
          .filter((l) => l.kind === kind)
          .map(describeLink),
        expected,
      ),
    );
  }
}
