/**
 * Test support: a table row `[behaviour, text, expected]` where `expected` lists every entity mention
 * of the text in order as `[type, surface, actorId]`. The entities stage runs alone on a document whose
 * sentences and tokens are set by hand; every mention's offsets must point at its surface.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import type { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention } from "../../doc/layers.js";
import type { EntityType } from "../../model/records.js";
import { testContext, tokenizedDoc } from "../../testing/context.js";
import { entitiesStage } from "./stage.js";

export type Expected = [type: EntityType, surface: string, actorId: string | null];
export type Row = [behaviour: string, text: string, expected: Expected[]];

export function runEntities(text: string, publishedAt: string | null = "2023-06-20"): AnnotatedDoc {
  const doc = tokenizedDoc(text);
  entitiesStage.run(doc, testContext(publishedAt));
  return doc;
}

export function entitiesOf(text: string): EntityMention[] {
  const entities = runEntities(text).get("entities");
  for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text, `offsets of "${e.text}"`);
  return entities;
}

export function runTable(rows: readonly Row[]): void {
  for (const [behaviour, text, expected] of rows) {
    test(behaviour, () => {
      const found = entitiesOf(text).map((e): Expected => [e.type, e.text, e.actorId]);
      assert.deepEqual(found, expected);
    });
  }
}
