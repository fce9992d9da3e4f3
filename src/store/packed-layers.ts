import type { MessageRecord } from "../model/records.js";
import type { DocumentBundle, MentionRow, SentenceRow } from "./store.js";

/**
 * A document's layers in one compact form: each a JSON array of positional arrays, in the order the
 * layer is read back. SQLite keeps them so on the `documents` row (schema step 14). Sentences `[index, start, end]` by index;
 * mentions `[start, end, text, type, actor_id, rule]` and messages `[stage, rule, reason, start, end]`
 * in the order the analysis gave them.
 */
export interface PackedLayers {
  sentences: string;
  mentions: string;
  messages: string;
}

/**
 * A bundle's layers and, undated, its dating evidence as JSON: encoded once where the document was
 * analysed, a store that keeps them packed writes them as they are (DocumentBundle.packed).
 */
export interface PackedParts extends PackedLayers {
  dating?: string;
}

/** Packs a bundle's layers and dating evidence (the latter only when the bundle has it). */
export function packParts(bundle: DocumentBundle): PackedParts {
  const parts: PackedParts = packLayers(bundle.sentences, bundle.mentions, bundle.messages);
  if (bundle.dating) parts.dating = JSON.stringify(bundle.dating);
  return parts;
}

/** Packs a document's layers. Sentences come back ordered by index; two with one index are refused, as the row key refused them. */
export function packLayers(sentences: SentenceRow[], mentions: MentionRow[], messages: MessageRecord[]): PackedLayers {
  return {
    sentences: JSON.stringify(sentenceTuples(sentences)),
    mentions: JSON.stringify(mentions.map((m) => [m.start, m.end, m.text, m.type, m.actor_id ?? null, m.rule ?? null])),
    messages: JSON.stringify(messages.map((m) => [m.stage, m.rule, m.reason, m.start, m.end])),
  };
}

function sentenceTuples(sentences: SentenceRow[]): [number, number, number][] {
  const tuples = sentences.map((s): [number, number, number] => [s.index, s.start, s.end]);
  if (!ascending(tuples)) {
    tuples.sort((a, b) => a[0] - b[0]);
    if (!ascending(tuples)) throw new Error("two sentences of one document have the same index");
  }
  return tuples;
}

function ascending(tuples: [number, number, number][]): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (const [index] of tuples) {
    if (index <= last) return false;
    last = index;
  }
  return true;
}

export function unpackSentences(packed: string): SentenceRow[] {
  return (JSON.parse(packed) as [number, number, number][]).map(([index, start, end]) => ({ index, start, end }));
}

export function unpackMentions(packed: string): MentionRow[] {
  type Tuple = [number, number, string, string, string | null, string | null];
  return (JSON.parse(packed) as Tuple[]).map(([start, end, text, type, actor_id, rule]) => ({
    start,
    end,
    text,
    type,
    actor_id,
    rule,
  }));
}

export function unpackMessages(packed: string): MessageRecord[] {
  type Tuple = [string, string, string, number, number];
  return (JSON.parse(packed) as Tuple[]).map(([stage, rule, reason, start, end]) => ({
    stage,
    rule,
    reason,
    start,
    end,
  }));
}
