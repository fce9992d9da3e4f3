import type { QuoteMention, Token } from "../../doc/layers.js";
import { contentSpan, reported, type SpeechInput } from "./content.js";

/** The index of the first comma after token `from`, up to `last`, or -1. */
function commaAfter(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= last; k++) if ((tokens[k] as Token).text === ",") return k;
  return -1;
}

/**
 * Reported speech with its source in an `according to` phrase: `According to the ministry, …` (the
 * rest of the sentence) and `…, according to Chinese state media` (the sentence before the comma).
 *
 * @example findAccordingTo(input) // "According to Mao Ning, the visit will go ahead." → [{ text: "the visit will go ahead", speaker: Mao Ning }]
 */
export function findAccordingTo(input: SpeechInput): QuoteMention[] {
  const { tokens } = input;
  const found: QuoteMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const to = tokens[i + 1] as Token;
    if (tok.lower !== "according" || to.lower !== "to" || to.sentence !== tok.sentence) continue;
    const [first, last] = input.bounds.get(tok.sentence) as [number, number];
    const comma = commaAfter(tokens, i + 2, last);
    const sourceEnd = comma === -1 ? (tokens[last] as Token).end : (tokens[comma] as Token).start;
    const source = input.speakers.within(to.end, sourceEnd);
    if (i === first && comma !== -1) {
      const span = contentSpan(tokens, comma + 1, last);
      if (span) found.push(reported(input, span, source, "quotes.reported.according-to"));
    } else if (i > first && (tokens[i - 1] as Token).text === ",") {
      const span = contentSpan(tokens, first, i - 2);
      if (span) found.push(reported(input, span, source, "quotes.reported.according-to-after"));
    }
  }
  return found;
}
