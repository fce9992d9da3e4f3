import { AnnotatedDoc } from "../doc/document.js";
import type { LayerName } from "../doc/layers.js";
import type { RunContext, Stage } from "./stage.js";

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(text: string, ctx: RunContext): AnnotatedDoc;
}

/**
 * Builds a pipeline after checking, once, that each stage's `requires` is provided by an earlier
 * stage and that no two stages provide the same layer.
 *
 * @example createPipeline([splitSentences, tokenize]) // ok
 * @example createPipeline([tokenize]) // throws: stage "tokens" requires "sentences", which no earlier stage provides
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new Error(`stage "${stage.name}" requires "${need}", which no earlier stage provides`);
      }
    }
    for (const out of stage.provides) {
      const other = provided.get(out);
      if (other) throw new Error(`stages "${other}" and "${stage.name}" both provide "${out}"`);
      provided.set(out, stage.name);
    }
  }
  return {
    stages,
    run(text, ctx) {
      const doc = new AnnotatedDoc(text);
      for (const stage of stages) stage.run(doc, ctx);
      return doc;
    },
  };
}
