import type { EntityMention, Sentence, Span } from "../../doc/layers.js";
import { firstFrom } from "../coref/bisect.js";
import type { SpeakerIndex } from "./speakers.js";

const SAY =
  /\b(?:said|says|told|tells|added|noted|stressed|wrote|tweeted|posted|stated|declared|continued|asked|insisted|argued|warned|urged)\b/g;

/** The sentence that holds `pos`: the last one starting at or before it. */
function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  return sentences[firstFrom(sentences, pos + 1) - 1];
}

/** The verb of saying in a window nearest the quote: the first after it, the last before it. */
function verbIn(text: string, w: Span, last: boolean): Span | null {
  let found: Span | null = null;
  for (const m of text.slice(w.start, w.end).matchAll(SAY)) {
    found = { start: w.start + (m.index ?? 0), end: w.start + (m.index ?? 0) + m[0].length };
    if (!last) break;
  }
  return found;
}

/** How many commas and spaces follow a closing quotation mark. */
function leadingMarks(text: string, from: number): number {
  return /^[\s,]*/.exec(text.slice(from, from + 8))?.[0].length ?? 0;
}

/**
 * Who says a direct quotation: the subject of a verb of saying next to it (`…," he told Blinken`,
 * `Wang said: "…"`, `Qin wrote on Twitter: "…"`) or the name right after the verb (`…," said
 * Sergei Lavrov`). A pronoun or description is who the coref layer says it is.
 *
 * @example attributeSpeaker(quote, text, sentences, speakers) // '"We are ready," Wang Yi said.' → Wang Yi
 */
export function attributeSpeaker(
  quote: Span,
  text: string,
  sentences: readonly Sentence[],
  speakers: SpeakerIndex,
): EntityMention | null {
  const sentence = sentenceAt(sentences, quote.start);
  const endSentence = sentenceAt(sentences, quote.end) ?? sentence;
  if (!sentence || !endSentence) return null;
  const after: Span = { start: quote.end + 1, end: Math.max(quote.end + 1, endSentence.end) };
  const before: Span = { start: sentence.start, end: Math.max(sentence.start, quote.start - 1) };
  for (const [w, last] of [
    [after, false],
    [before, true],
  ] as const) {
    const verb = verbIn(text, w, last);
    if (!verb) continue;
    // '"…", Rabbi Cohen, director of the centre, said': the name that opens the words after the quote.
    const opener = w === after ? speakers.namedAfter(w.start + leadingMarks(text, w.start), verb.start) : null;
    const who = opener ?? speakers.subjectOf(verb.start, w.start) ?? speakers.namedAfter(verb.end, w.end);
    if (who) return who.speaker;
  }
  return null;
}
