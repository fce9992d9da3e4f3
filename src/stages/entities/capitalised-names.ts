import type { KnowledgeBase } from "../../actors/kb.js";
import type { Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import { HONORIFICS, SPEECH_VERBS } from "./lexicon.js";
import { nameTokensAt } from "./titled-person.js";

/**
 * Runs of capitalised words that may name a person (`Vang Yi`, `Lawrence Summers`). They become
 * PERSON candidates only when the resolver finds them in the knowledge base or a speech verb follows
 * (`Chen Jining said`) or an honorific precedes (`Lord Woolf`, `Mr White`, which leave the honorific out);
 * the stage drops the rest, so `Point News` never becomes an actor.
 */
export function findCapitalisedNames(tokens: readonly Token[], kb: KnowledgeBase, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = nameTokensAt(tokens, i, kb);
    if (n === 0) continue;
    const first = tokens[i] as Token;
    const last = tokens[i + n - 1] as Token;
    const next = tokens[i + n];
    const speaker = next !== undefined && SPEECH_VERBS.has(next.lower);
    const before = tokens[i - 1]?.text ?? "";
    const honorific = HONORIFICS.has(before.endsWith(".") ? before.slice(0, -1) : before);
    if (n >= 2 || speaker || honorific) {
      found.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: "PERSON",
        actorId: null,
        country: null,
        title: null,
        rule: honorific
          ? "entities.person.honorific"
          : speaker
            ? "entities.person.speaker"
            : "entities.person.capitalised",
        priority: speaker || honorific ? 1 : 0,
      });
    }
    i += n - 1;
  }
  return found;
}
