import {
  type PackedParts,
  packParts,
  unpackMentions,
  unpackMessages,
  unpackSentences,
} from "../../store/packed-layers.js";
import type { DocumentBundle } from "../../store/store.js";
import { type ArticleOutcome, oneLineError } from "./analyze-article.js";

/**
 * A bundle as a worker thread sends it: its layers and dating evidence packed (strings are copied
 * whole, where many small objects are each rebuilt on arrival, which cost the receiving thread more
 * than the packing) and without the text, which the receiving thread already holds.
 */
export interface WireBundle {
  document: DocumentBundle["document"];
  actors: DocumentBundle["actors"];
  events: DocumentBundle["events"];
  packed: PackedParts;
}

export type WireOutcome = { kind: "analysed"; bundle: WireBundle } | { kind: "failed"; reason: string };

/** The outcome to post from a worker thread; layers that cannot be packed fail the article, as storing them would. */
export function toWire(outcome: ArticleOutcome): WireOutcome {
  if (outcome.kind === "failed") return outcome;
  const { document, actors, events } = outcome.bundle;
  try {
    const packed = packParts(outcome.bundle);
    return { kind: "analysed", bundle: { document: { ...document, text: "" }, actors, events, packed } };
  } catch (error) {
    return { kind: "failed", reason: `analysis failed: ${oneLineError(error)}` };
  }
}

/**
 * The outcome a worker posted, for the article whose `text` it analysed: a bundle whose layers and
 * evidence are unpacked only when read (a store that keeps them packed never reads them).
 */
export function fromWire(wire: WireOutcome, text: string): ArticleOutcome {
  if (wire.kind === "failed") return wire;
  const { document, actors, events, packed } = wire.bundle;
  document.text = text;
  const bundle = { document, actors, events, packed };
  lazily(bundle, "sentences", () => unpackSentences(packed.sentences));
  lazily(bundle, "mentions", () => unpackMentions(packed.mentions));
  lazily(bundle, "messages", () => unpackMessages(packed.messages));
  const evidence = packed.dating;
  if (evidence !== undefined) lazily(bundle, "dating", () => JSON.parse(evidence));
  return { kind: "analysed", bundle: bundle as DocumentBundle };
}

/** Defines `key` on `target` as a property computed at its first read (and replaced by a write). */
function lazily<T>(target: object, key: string, compute: () => T): void {
  let value: T | undefined;
  let known = false;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!known) [value, known] = [compute(), true];
      return value;
    },
    set: (next: T) => {
      [value, known] = [next, true];
    },
  });
}
