import type { QuoteMention } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";

/**
 * Reported speech inside a direct quote ends with it: in `"We told them that we would not bend,"
 * Wang said.` what was told is `we would not bend`, not the rest of the sentence.
 *
 * @example clipToQuotes([told], [direct], text) // told.text === "we would not bend"
 */
export function clipToQuotes(
  speech: readonly QuoteMention[],
  direct: readonly QuoteMention[],
  text: string,
): QuoteMention[] {
  return packed(speech, (q) => {
    const outer = direct.find((d) => d.start <= q.start && q.start < d.end && d.end < q.end);
    if (!outer) return q;
    let end = outer.end;
    while (end > q.start && /[\s,.;:!?]/.test(text[end - 1] ?? "")) end--;
    // listed, not spread: a spread copy has a hidden class apart from the quotes built as literals
    return { start: q.start, end, text: text.slice(q.start, end), kind: q.kind, speaker: q.speaker, rule: q.rule };
  });
}

/**
 * One quote per span, in text order, direct before reported for the same span.
 *
 * @example distinctQuotes([a, a, b]) // [a, b]
 */
export function distinctQuotes(quotes: readonly QuoteMention[]): QuoteMention[] {
  const seen = new Set<string>();
  return [...quotes]
    .filter((q) => {
      const key = `${q.start}:${q.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
