import type { QuoteMention, Token } from "../../doc/layers.js";
import { contentSpan, reported, type SpeechInput } from "./content.js";
import { SPEECH_VERBS } from "./speech-verbs.js";

/** At most this many words name the speaker between the comma and the verb (`, a senior US official said`). */
const SUBJECT_WORDS = 5;
/** At most this many tokens follow the verb (`, he said in a statement on Monday.`). */
const TAIL_TOKENS = 10;

/** The verb of a sentence-final `, X said …` or `, said X`, as a token index, or -1. */
function tailVerb(tokens: readonly Token[], comma: number, last: number): number {
  for (let k = comma + 1; k <= Math.min(last, comma + 1 + SUBJECT_WORDS); k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && !/^[.'’]$/.test(t.text)) return -1;
    if (SPEECH_VERBS.has(t.lower)) return last - k <= TAIL_TOKENS ? k : -1;
  }
  return -1;
}

/**
 * Reported speech that names its speaker at the end: `The talks will resume next month, Wang said.`,
 * `…, the ministry said in a statement.`, `…, said Sergei Lavrov.` The content is the sentence up to
 * the last comma; a tail with `that` or a colon is another sentence's business.
 *
 * @example findSpeakerAfter(input) // "The door remains open, Wang Yi said." → [{ text: "The door remains open", speaker: Wang Yi }]
 */
export function findSpeakerAfter(input: SpeechInput): QuoteMention[] {
  const { tokens } = input;
  const found: QuoteMention[] = [];
  for (const [first, last] of input.bounds.values()) {
    let comma = -1;
    for (let k = last; k > first; k--) {
      if ((tokens[k] as Token).text === ",") {
        comma = k;
        break;
      }
    }
    if (comma === -1) continue;
    const v = tailVerb(tokens, comma, last);
    if (v === -1) continue;
    if (tokens.slice(v + 1, last + 1).some((t) => t.lower === "that" || t.text === ":")) continue;
    const verb = tokens[v] as Token;
    const who =
      v === comma + 1
        ? input.speakers.namedAfter(verb.end, (tokens[last] as Token).end)
        : input.speakers.subjectOf(verb.start, (tokens[comma + 1] as Token).start);
    // ", said …" must name its speaker: a bare verb after a comma ends an aside (`Wang, the minister, said`).
    if (v === comma + 1 && !who) continue;
    const span = contentSpan(tokens, first, comma - 1);
    if (span) found.push(reported(input, span, who, "quotes.reported.speaker-after"));
  }
  return found;
}
