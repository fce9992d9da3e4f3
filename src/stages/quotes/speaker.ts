import type { EntityMention, Sentence, Span } from "../../doc/layers.js";

const SAY =
  /\b(?:said|says|told|tells|added|noted|stressed|wrote|tweeted|posted|stated|declared|continued|asked|insisted|argued|warned|urged)\b/;

/**
 * Who says a quotation: a person or organisation beside a speech verb next to the quote
 * (`…," he told Blinken`, `Wang said: "…"`, `Qin wrote on Twitter: "…"`). A pronoun refers back to the
 * last person named before the quote.
 */
export function attributeSpeaker(
  quote: Span,
  text: string,
  sentences: readonly Sentence[],
  entities: readonly EntityMention[],
): EntityMention | null {
  const sentence = sentences.find((s) => s.start <= quote.start && quote.start < s.end + 1);
  const endSentence = sentences.find((s) => s.start <= quote.end && quote.end <= s.end + 1) ?? sentence;
  if (!sentence || !endSentence) return null;
  const windows: Span[] = [
    { start: quote.end + 1, end: endSentence.end },
    { start: sentence.start, end: quote.start - 1 },
  ];
  for (const w of windows) {
    const part = text.slice(w.start, w.end);
    const verb = SAY.exec(part);
    if (!verb) continue;
    const verbAt = w.start + verb.index;
    const near = entities
      .filter((e) => (e.type === "PERSON" || e.type === "ORG") && e.start >= w.start && e.end <= w.end)
      .sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt));
    const named = near.find((e) => e.end <= verbAt || e.start - verbAt < 20);
    if (named) return named;
    if (/\b(?:he|she)\b/i.test(part)) {
      const before = entities.filter((e) => e.type === "PERSON" && e.actorId && e.end <= quote.start);
      return before[before.length - 1] ?? null;
    }
  }
  return null;
}
