import type { QuoteMention, Span, Token } from "../../doc/layers.js";
import type { SpeakerIndex, SpeakerMention } from "./speakers.js";

/** What every reported-speech finder reads. */
export interface SpeechInput {
  text: string;
  tokens: readonly Token[];
  /** Each sentence's first and last token index. */
  bounds: ReadonlyMap<number, [number, number]>;
  speakers: SpeakerIndex;
}

/**
 * A reported-speech quote over `span`, said by `who` (or by nobody the article names).
 *
 * @example reported(input, { start: 24, end: 40 }, lavrov, "quotes.reported.said-that") // { kind: "reported", text: "Moscow was ready", … }
 */
export function reported(input: SpeechInput, span: Span, who: SpeakerMention | null, rule: string): QuoteMention {
  // fields listed, not spread from `span`: every quote then shares one hidden class (docs/performance.md)
  return {
    start: span.start,
    end: span.end,
    text: input.text.slice(span.start, span.end),
    kind: "reported",
    speaker: who?.speaker ?? null,
    rule,
  };
}

const TRAILING = new Set([".", "!", "?", ",", ";", ":"]);
const OPENING_QUOTE = new Set(['"', "“"]);

/**
 * What was said, from token `first` to token `last` (inclusive), without the sentence's closing
 * punctuation; null when it is under three words or opens with a quotation mark (a direct quote,
 * found on its own).
 *
 * @example contentSpan(tokens, 3, 9) // "the talks were useful" of "Wang said that the talks were useful."
 */
export function contentSpan(tokens: readonly Token[], first: number, last: number): Span | null {
  let end = last;
  while (end >= first && TRAILING.has((tokens[end] as Token).text)) end--;
  const head = tokens[first];
  if (!head || end < first || OPENING_QUOTE.has(head.text)) return null;
  let words = 0;
  for (let k = first; k <= end && words < 3; k++) if ((tokens[k] as Token).kind !== "punct") words++;
  return words < 3 ? null : { start: head.start, end: (tokens[end] as Token).end };
}

/**
 * The index of each sentence's first and last token, so a finder knows the sentence it stands in.
 *
 * @example sentenceBounds(tokens).get(0) // [0, 7]
 */
export function sentenceBounds(tokens: readonly Token[]): Map<number, [number, number]> {
  const bounds = new Map<number, [number, number]>();
  for (let i = 0; i < tokens.length; i++) {
    const s = (tokens[i] as Token).sentence;
    const b = bounds.get(s);
    if (b) b[1] = i;
    else bounds.set(s, [i, i]);
  }
  return bounds;
}
