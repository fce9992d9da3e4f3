/**
 * News reads a bare weekday or a month without a year as the most recent one ("met on Sunday",
 * "in June"), unless the verb governing it is future ("will meet on Thursday", "is due to visit in
 * June") — then the next one. chrono picks the nearest instead; this refiner decides.
 * Expressions whose words already fix the direction ("next Tuesday", "last May") are left alone.
 */

import { clauseAround } from "../clauses.js";
import { sentenceAt } from "../sentences.js";
import { tenseAround } from "../tense.js";
import type { Candidate, Refiner } from "../types.js";

function family(c: Candidate): string | null {
  if (c.anchor.kind === "weekday") return "weekday";
  if (c.anchor.kind === "month") return c.anchor.day === undefined ? "month" : "month-day";
  return null;
}

export const assignTense: Refiner = (ctx, candidates) =>
  candidates.map((c): Candidate => {
    const kind = family(c);
    if (!kind || c.explicit || (c.anchor.kind !== "weekday" && c.anchor.kind !== "month")) return c;
    const sentence = sentenceAt(ctx.sentences, c.start, ctx.text.length);
    const clause = clauseAround(ctx.text, sentence, c);
    const direction = tenseAround(ctx.text, clause, c) ?? "past";
    const rule = c.rule.startsWith("dates.range.")
      ? c.rule
      : `dates.${kind}.${direction === "future" ? "future-verb" : "news-past"}`;
    return { ...c, anchor: { ...c.anchor, direction }, rule };
  });
