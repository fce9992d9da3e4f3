/**
 * Drops what chrono reads as a date but news means otherwise: a lower-case "may", "march" or "sun"
 * (a verb, a noun), a name ("Theresa May", "the Sunday Times", "Bloody Sunday"), and a lone month
 * name that no temporal word introduces ("May said", "the March on Rome"), and a capitalised
 * "Today" or "This Morning" inside a sentence (a programme's name: "told Today").
 */

import { MONTH_LEAD_WORDS, MONTHS, NAME_AFTER, NAME_BEFORE, WEEKDAYS } from "../lexicon.js";
import type { Candidate, DateContext, Refiner } from "../types.js";

const NAME_WORD = /[A-Za-z]+\.?/g;

/** The month or weekday word inside a chrono span, if any. */
function nameWord(span: string): string | null {
  for (const word of span.match(NAME_WORD) ?? []) {
    const bare = word.toLowerCase().replace(/\.$/, "");
    if (MONTHS.has(bare) || WEEKDAYS.has(bare) || bare.startsWith("sept")) return word;
    if (bare.length >= 3 && [...WEEKDAYS.keys()].some((w) => w.startsWith(bare))) return word;
  }
  return null;
}

function previousWord(text: string, start: number): string {
  return /([A-Za-z]+)[\s-]*$/.exec(text.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase() ?? "";
}

function nextWord(text: string, end: number): string {
  return /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? "";
}

/** A capital right after a lower-case word ("told Today", "ITV's This Morning"): a name. */
function capitalisedMidSentence(text: string, start: number): boolean {
  if (!/^[A-Z]/.test(text.slice(start, start + 1))) return false;
  return /[a-z][’']?s?\s+$/.test(text.slice(Math.max(0, start - 8), start));
}

function keep(text: string, c: Candidate): boolean {
  if (c.rule.startsWith("dates.relative.") || c.rule === "dates.present") return !capitalisedMidSentence(text, c.start);
  if (!c.rule.startsWith("dates.chrono.")) return true;
  const span = text.slice(c.start, c.end);
  const word = nameWord(span);
  if (word && !/^[A-Z]/.test(word)) return false;
  if (word && word.length <= 3 && c.anchor.kind === "weekday") return false; // "Sun", "Sat": too ambiguous
  if (NAME_BEFORE.has(previousWord(text, c.start)) && /^[A-Z]/.test(span)) return false;
  if (c.anchor.kind === "weekday" && NAME_AFTER.has(nextWord(text, c.end))) return false;
  if (c.rule === "dates.chrono.month" && !MONTH_LEAD_WORDS.has(previousWord(text, c.start))) return false;
  return true;
}

export const filterUnlikely: Refiner = (ctx: DateContext, candidates: Candidate[]) =>
  candidates.filter((c) => keep(ctx.text, c));
