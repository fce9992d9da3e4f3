/**
 * Test support: runs the coref and quotes stages on a text whose sentences and tokens are split as
 * the pipeline does and whose entities are written by hand, and reads each quote as one line:
 *
 *   'reported "the talks were useful" ← Wang Yi=p:wang-yi'
 *
 * (kind, the quoted text, and the speaker's surface and actor id, or `nobody`).
 */

import assert from "node:assert/strict";
import type { EntityMention, QuoteMention } from "../../doc/layers.js";
import { mention, testContext, tokenizedDoc } from "../../testing/context.js";
import { corefStage } from "../coref/stage.js";
import { quotesStage } from "./stage.js";

/** An entity in the text: its surface, type, actor id, and which occurrence (1 by default). */
export type Named = [surface: string, type: EntityMention["type"], actorId: string | null, nth?: number];

/** @example quotesOf('Lavrov said that Moscow was ready.', [["Lavrov", "PERSON", "p:sergey-lavrov"]]) */
export function quotesOf(text: string, named: readonly Named[], publishedAt = "2023-06-20"): QuoteMention[] {
  const doc = tokenizedDoc(text);
  doc.set(
    "entities",
    named.map(([surface, type, id, nth]) => mention(text, surface, type, id, nth)).sort((a, b) => a.start - b.start),
  );
  const ctx = testContext(publishedAt);
  corefStage.run(doc, ctx);
  quotesStage.run(doc, ctx);
  const quotes = doc.get("quotes");
  for (const q of quotes) assert.equal(doc.slice(q), q.text, "quote offsets");
  return quotes;
}

/** @example describeQuote(q) // 'reported "Moscow was ready" ← Lavrov=p:sergey-lavrov' */
export function describeQuote(q: QuoteMention): string {
  const who = q.speaker ? `${q.speaker.text}=${q.speaker.actorId}` : "nobody";
  return `${q.kind} "${q.text}" ← ${who}`;
}
