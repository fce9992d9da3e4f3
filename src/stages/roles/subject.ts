import type { EntityMention, Sentence } from "../../doc/layers.js";

const LEAD = /^(?:(?:meanwhile|earlier|later|also|however|previously|separately|in addition|then)\s*,?\s*)*/i;

/**
 * The person in focus for a role statement. Walking the article in order, a sentence that opens with a
 * named person makes that person the focus (`Qin, 56, will succeed…`); one that opens with `he`/`she`
 * keeps it. A statement is about the nearest person named before it in its own sentence, or, when its
 * clause has only a pronoun, about the person in focus.
 */
export function subjectFocus(
  text: string,
  sentences: readonly Sentence[],
  persons: readonly EntityMention[],
): (at: number, sentence: Sentence) => EntityMention | null {
  const focusAt = new Map<number, EntityMention | null>();
  let focus: EntityMention | null = null;
  for (const s of sentences) {
    focusAt.set(s.index, focus);
    const opening = text.slice(s.start, s.end).replace(LEAD, "");
    const offset = s.end - s.start - opening.length;
    const first = persons.find((p) => p.start >= s.start && p.end <= s.end);
    if (first && first.start - (s.start + offset) <= 2) focus = first;
  }
  return (at, sentence) => {
    const before = persons.filter((p) => p.end <= at && p.start >= sentence.start);
    const lead = text.slice(before[before.length - 1]?.end ?? sentence.start, at);
    if (before.length > 0 && !/\b(?:he|she)\b/i.test(lead)) return before[before.length - 1] ?? null;
    if (!/\b(?:he|she)\b/i.test(text.slice(sentence.start, at))) return null;
    return focusAt.get(sentence.index) ?? null;
  };
}
