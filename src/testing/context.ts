import { loadKnowledgeBase } from "../actors/kb.js";
import { AnnotatedDoc } from "../doc/document.js";
import type { EntityMention, Sentence } from "../doc/layers.js";
import { loadTriggers } from "../ontology/triggers.js";
import type { RunContext } from "../pipeline/stage.js";
import { buildTriggerIndex, type TriggerIndex } from "../stages/events/trigger-index.js";
import { splitSentences } from "../stages/sentences/split.js";
import { tokenize } from "../stages/tokens/tokenize.js";

let triggers: TriggerIndex | null = null;

/** The run context `analyze` builds, for stage tests: the built-in knowledge base and triggers. */
export function testContext(publishedAt: string | null = null): RunContext {
  triggers ??= buildTriggerIndex(loadTriggers());
  return { publishedAt, title: null, url: null, docId: "", kb: loadKnowledgeBase(), triggers };
}

/** A document with its sentences and tokens set by hand (all prose), ready for the entities stage. */
export function tokenizedDoc(text: string): AnnotatedDoc {
  const doc = new AnnotatedDoc(text);
  const sentences: Sentence[] = splitSentences(text).map((s, index) => ({ ...s, index, furniture: false }));
  doc.set("sentences", sentences);
  doc.set("tokens", tokenize(text, sentences));
  return doc;
}

/**
 * An entity mention written by hand: the `nth` occurrence of `surface` in `text`.
 *
 * @example mention("Wang Yi met Blinken.", "Wang Yi", "PERSON", "p:wang-yi")
 */
export function mention(
  text: string,
  surface: string,
  type: EntityMention["type"],
  actorId: string | null,
  nth = 1,
): EntityMention {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(surface, start + 1);
  if (start === -1) throw new Error(`"${surface}" (occurrence ${nth}) is not in the text`);
  return { start, end: start + surface.length, text: surface, type, actorId, country: null, title: null, rule: "test" };
}
