import type { QuoteMention, Token } from "../../doc/layers.js";
import { contentSpan, reported, type SpeechInput } from "./content.js";
import { NOT_SPEAKING_BEFORE, SETTING_WORDS, SPEECH_VERBS, type SpeechVerb } from "./speech-verbs.js";

/** How far a setting may run before its `that` or colon (`said in a statement on Monday that`). */
const SETTING_REACH = 12;

/** `said so`, `said nothing`, `said little`: a verb of saying with nothing reported. */
const SAYS_NOTHING = new Set(["so", "nothing", "little", "much", "otherwise"]);

/** The token where the content starts after `that`, a colon or a setting, with the form's name. */
function contentStart(tokens: readonly Token[], k: number, last: number, verb: SpeechVerb): [number, string] | null {
  const tok = tokens[k];
  if (!tok || k > last) return null;
  if (tok.lower === "that") return [k + 1, "that"];
  if (tok.text === ":") return [k + 1, "colon"];
  if (SETTING_WORDS.has(tok.lower)) {
    // "said in a statement on Monday that …", "wrote on Twitter: …"; a setting with neither says nothing.
    for (let j = k + 1; j <= Math.min(last, k + SETTING_REACH); j++) {
      const t = tokens[j] as Token;
      if (t.text === "," || t.text === '"' || t.text === "“") return null;
      if (t.lower === "that") return [j + 1, "that"];
      if (t.text === ":") return [j + 1, "colon"];
    }
    return null;
  }
  return verb.content === "bare" && tok.kind !== "punct" && !SAYS_NOTHING.has(tok.lower) ? [k, "bare"] : null;
}

/** `told reporters that …`, `told Blinken the …`: the token after the addressee. */
function afterAddressee(input: SpeechInput, k: number, last: number): number {
  const tok = input.tokens[k];
  if (!tok || tok.lower === "that" || tok.text === ":") return k;
  const named = input.speakers.namedAfter(tok.start, tok.start + 80);
  if (named) {
    let j = k;
    while (j <= last && (input.tokens[j] as Token).start < named.end) j++;
    return j;
  }
  return k + 1; // "reporters", "lawmakers", "parliament"
}

/**
 * Reported speech after a verb of saying, to the end of the sentence, with the verb's subject as
 * speaker: `Wang said (that) …`, `the ministry said in a statement that …`, `Lavrov told reporters
 * that …`, `Blinken wrote on Twitter: …`, `she stressed …`. A passive (`was told`) or a verb
 * followed by a quotation mark (a direct quote) makes none.
 *
 * @example findVerbSpeech(input) // "Wang Yi said that the talks were useful." → [{ text: "the talks were useful", speaker: Wang Yi }]
 */
export function findVerbSpeech(input: SpeechInput): QuoteMention[] {
  const { tokens } = input;
  const found: QuoteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const verb = SPEECH_VERBS.get(tok.lower);
    if (!verb) continue;
    const [first, last] = input.bounds.get(tok.sentence) as [number, number];
    if (i > first && NOT_SPEAKING_BEFORE.has((tokens[i - 1] as Token).lower)) continue;
    const k = verb.object ? afterAddressee(input, i + 1, last) : i + 1;
    const start = contentStart(tokens, k, last, verb);
    if (!start) continue;
    const span = contentSpan(tokens, start[0], last);
    if (!span) continue;
    const subject = input.speakers.subjectOf(tok.start, (tokens[first] as Token).start);
    found.push(reported(input, span, subject, `quotes.reported.${tok.lower}-${start[1]}`));
  }
  return found;
}
