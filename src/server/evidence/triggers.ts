import { loadTriggers } from "../../ontology/triggers.js";
import { type Found, findPhrase } from "./find-text.js";

let formsById: Map<string, readonly string[]> | null = null;

/** The surface forms of a trigger row, longest first (`spoke by phone` before `spoke`). */
function formsOf(rowId: string): readonly string[] {
  if (!formsById) {
    formsById = new Map(
      loadTriggers().map((row) => [row.id, [...row.forms].sort((a, b) => b.length - a.length)] as const),
    );
  }
  return formsById.get(rowId) ?? [];
}

/**
 * The trigger of an event mention, recovered from its rule: the rule starts with the trigger row's
 * id (`consult.phone-call.verb+args.subject-object`), and the row lists every form the finder
 * matched. The longest form found in the sentence wins; among equals, the first. Null when no form
 * of the row is in the sentence (a row changed since the article was ingested).
 */
export function findTrigger(text: string, rule: string, sentence: Found): Found | null {
  const rowId = rule.split("+")[0] ?? "";
  let best: Found | null = null;
  for (const form of formsOf(rowId)) {
    const hit = findPhrase(text, form, sentence.start, sentence.end)[0];
    if (hit && (!best || hit.end - hit.start > best.end - best.start)) best = hit;
  }
  return best;
}
