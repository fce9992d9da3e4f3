/**
 * News reads a bare weekday or a month without a year as the most recent one ("met on Sunday",
 * "in June"), unless the verb governing it is future ("will meet on Thursday", "is due to visit in
 * June") — then the next one. chrono picks the nearest instead; this refiner decides.
 * Expressions whose words already fix the direction ("next Tuesday", "last May") are left alone.
 */

import { packed } from "../../../model/packed.js";
import { clauseFinder } from "../clauses.js";
import { sentenceAt } from "../sentences.js";
import { tenseAround } from "../tense.js";
import type { Candidate, Refiner } from "../types.js";

function family(c: Candidate): string | null {
  if (c.anchor.kind === "weekday") return "weekday";
  if (c.anchor.kind !== "month") return null;
  // a month range keeps its finder's family: "dates.season.news-past", "dates.quarter.future-verb"
  if (c.anchor.day === undefined) return c.anchor.endMonth === undefined ? "month" : (c.rule.split(".")[1] ?? "month");
  return "month-day";
}

export const assignTense: Refiner = (ctx, candidates) => {
  const clauseAround = clauseFinder(ctx.text);
  return packed(candidates, (c): Candidate => {
    const kind = family(c);
    if (!kind || c.explicit || (c.anchor.kind !== "weekday" && c.anchor.kind !== "month")) return c;
    const sentence = sentenceAt(ctx.sentences, c.start, ctx.text.length);
    const clause = clauseAround(sentence, c);
    const direction = tenseAround(ctx.text, clause, c) ?? "past";
    const rule = c.rule.startsWith("dates.range.")
      ? c.rule
      : `dates.${kind}.${direction === "future" ? "future-verb" : "news-past"}`;
    return { ...c, anchor: { ...c.anchor, direction }, rule };
  });
};
