/**
 * Which date governs an event? Given the trigger's span ("met", "will visit"):
 * 1. a date in the same clause (clauses.ts: sentence bounds, semicolons, ", which", ", while",
 *    " but ", ", and", " and" before a pronoun) — the nearest one, a following date winning a tie
 *    ("met Wang on Sunday"), and a present reference ("now") only when nothing else is there;
 * 2. otherwise the nearest date after the trigger in the same sentence, short of a ", which" or
 *    ", who" clause (its dates and those behind it speak of that clause's noun) or a semicolon that
 *    opens a clause of an earlier occasion ("; he last went there in June"), then the nearest before;
 * 3. otherwise null: the caller falls back to the publication date or leaves the event undated.
 * Dates in other sentences never govern: a date two sentences away usually belongs to another event.
 * Nor does a date in a temporal aside ("since they met in November", asides.ts) govern an event
 * outside it, or a date outside an aside an event inside it.
 */

import { outsideOtherAsides, temporalAsides } from "./asides.js";
import { clauseAround } from "./clauses.js";
import { sentenceAt } from "./sentences.js";
import type { Span, Timex } from "./types.js";

const RELATIVE = /,\s+(?:which|who|whose)\b/gi;
/** A semicolon opening a clause of an earlier occasion: `; he last travelled there`, `; they had met before`. */
const EARLIER_OCCASION = /;\s+(?:[\p{L}'’-]+\s+){0,3}(?:last|previously|earlier|once|had)\b/iu;

function distance(t: Timex, trigger: Span): number {
  if (t.start >= trigger.end) return t.start - trigger.end;
  if (t.end <= trigger.start) return trigger.start - t.end;
  return 0;
}

/** Lower is better: a real date before "now", then the nearer, then the one that follows. */
function rank(t: Timex, trigger: Span): number[] {
  return [t.anchor?.kind === "present" ? 1 : 0, distance(t, trigger), t.start >= trigger.start ? 0 : 1];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function best(timexes: readonly Timex[], trigger: Span): Timex | null {
  let chosen: { t: Timex; r: number[] } | null = null;
  for (const t of timexes) {
    const r = rank(t, trigger);
    if (!chosen || compareRanks(r, chosen.r) < 0) chosen = { t, r };
  }
  return chosen?.t ?? null;
}

/**
 * @example
 * const text = "Blinken met Wang on Sunday, and they will meet again next month.";
 * const timexes = findTimexes(text, { publishedAt: "2023-01-02" });
 * timexForTrigger(timexes, { start: 8, end: 11 }, [{ start: 0, end: text.length }], text)?.text; // "Sunday"
 */
export function timexForTrigger(
  timexes: Timex[],
  trigger: Span,
  sentences: readonly Span[],
  text: string,
): Timex | null {
  const sentence = sentenceAt(sentences, trigger.start, text.length);
  const inSentence = outsideOtherAsides(
    timexes.filter((t) => t.start >= sentence.start && t.end <= sentence.end),
    temporalAsides(text, sentence),
    trigger,
  );
  if (inSentence.length === 0) return null;
  const clause = clauseAround(text, sentence, trigger);
  const inClause = inSentence.filter((t) => t.start >= clause.start && t.end <= clause.end);
  if (inClause.length > 0) return best(inClause, trigger);
  // a ", which …" or ", who …" clause after the trigger and all behind it speak of that clause's noun
  RELATIVE.lastIndex = trigger.end;
  const relative = RELATIVE.exec(text);
  // "Blinken's second visit; he last went there in June 2023": a clause after a semicolon that tells
  // of an earlier occasion keeps its date to itself
  const semicolon = text.slice(trigger.end, sentence.end).search(EARLIER_OCCASION);
  const stop = Math.min(
    relative && relative.index < sentence.end ? relative.index : sentence.end,
    semicolon >= 0 ? trigger.end + semicolon : sentence.end,
  );
  const after = inSentence.filter((t) => t.start >= trigger.end && t.end <= stop);
  const before = inSentence.filter((t) => t.end <= trigger.start);
  return best(after.length > 0 ? after : before, trigger);
}
