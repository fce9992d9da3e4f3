import type { EntityMention, Sentence, Token } from "../../doc/layers.js";

const PERSONAL = new Set(["he", "she"]);

/**
 * `He said …`, `She urged …`: a pronoun subject before the trigger refers to the last person named
 * before it in the article (in-article coreference at its simplest; the language layer refines it).
 */
export function resolvePronounSubject(
  tokens: readonly Token[],
  sentenceFrom: number,
  triggerFirst: number,
  entities: readonly EntityMention[],
  sentence: Sentence,
): EntityMention | null {
  // The pronoun must be the trigger's own subject: at most three words before it, no clause break between.
  let pronoun: Token | null = null;
  for (let k = triggerFirst - 1; k >= Math.max(sentenceFrom, triggerFirst - 4); k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === "punct") break;
    if (PERSONAL.has(tok.lower)) {
      pronoun = tok;
      break;
    }
  }
  if (!pronoun) return null;
  const at = pronoun.start;
  const before = entities.filter((e) => e.type === "PERSON" && e.actorId !== null && e.end <= at);
  const last = before[before.length - 1];
  if (!last || sentence.start - last.end > 2000) return null;
  return last;
}
