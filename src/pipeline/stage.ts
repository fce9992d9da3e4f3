import type { KnowledgeBase } from "../actors/kb.js";
import type { AnnotatedDoc } from "../doc/document.js";
import type { LayerName } from "../doc/layers.js";
import type { TriggerIndex } from "../stages/events/trigger-index.js";

/**
 * What every stage receives: the reference context is passed, never fetched (no stage reads the clock).
 */
export interface RunContext {
  /** Publication date `YYYY-MM-DD`, or null for an undated article. */
  publishedAt: string | null;
  title: string | null;
  url: string | null;
  /** Document id once stored; "" during one-shot analysis. */
  docId: string;
  kb: KnowledgeBase;
  triggers: TriggerIndex;
}

/**
 * A stage is a small declared contract: it reads the layers in `requires` and adds those in `provides`.
 * `createPipeline` checks the order once, so a stage never tests whether a layer exists.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: AnnotatedDoc, ctx: RunContext): void;
}
