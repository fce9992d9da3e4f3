import type { Span } from "../../doc/layers.js";
import { ABBREVIATIONS, PREFIX_ABBREVIATIONS, SENTENCE_OPENERS } from "./abbreviations.js";

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

/**
 * Splits text into sentence spans. Survives real news: `Blinken.Meanwhile` (no space), `U.S.`,
 * `D.C.`, `Gen. Li`, `Dec. 21`, quotes closing after the period (`."`), and line-based layouts.
 *
 * @example splitSentences('He said "yes." Then he left.') // two spans
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const block of splitBlocks(text)) {
    let start = block.start;
    for (const cut of findCuts(text, block.start, block.end)) {
      pushTrimmed(text, start, cut, spans);
      start = cut;
    }
    pushTrimmed(text, start, block.end, spans);
  }
  return spans;
}

/** Lines are blocks, except a soft-wrapped line (`…the\nballoon`) that continues in lower case. */
function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    const before = text.slice(Math.max(start, i - 1), i);
    const after = text.slice(i + 1, i + 2);
    const softWrap = /[\p{Ll},]/u.test(before) && /\p{Ll}/u.test(after);
    if (!softWrap) {
      blocks.push({ start, end: i });
      start = i + 1;
    }
  }
  blocks.push({ start, end: text.length });
  return blocks;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Offsets inside one block where a new sentence starts. */
function findCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let quotes = 0;
  let sentenceStart = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') quotes++;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < to && (text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
    // `."` closes an open quote; a second `"` opens the next sentence's quote.
    while (end < to && CLOSERS.has(text[end] ?? "")) {
      if (text[end] === '"') {
        if (quotes % 2 === 0) break;
        quotes++;
      }
      end++;
    }
    if (ch === "." && !isSentencePeriod(text, sentenceStart, i, end, to)) continue;
    if (ch !== "." && !startsSentence(text, end, to)) continue;
    cuts.push(end);
    sentenceStart = end;
    // The quote count is not reset: a quotation may run over several sentences (`"…. We discussed…."`).
    i = end - 1;
  }
  return cuts;
}

function startsSentence(text: string, at: number, to: number): boolean {
  let j = at;
  while (j < to && text[j] === " ") j++;
  if (j >= to) return false;
  return /[\p{Lu}\d"“‘'(]/u.test(text[j] ?? "");
}

function isSentencePeriod(text: string, sentenceStart: number, dot: number, after: number, to: number): boolean {
  const word = /[\p{L}.]*$/u.exec(text.slice(sentenceStart, dot))?.[0] ?? "";
  const next = text.slice(after, Math.min(to, after + 40));
  const glued = after === dot + 1 && /^\p{Lu}\p{Ll}/u.test(next);
  if (glued) return /\p{Ll}{2}$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase()); // "Blinken.Meanwhile"
  if (!/^\s/.test(next) && after === dot + 1) return false; // "U.S.-China", "3.5", "example.com"
  const nextWord = /^\s*["“‘(]?([\p{L}\d]+)/u.exec(next)?.[1] ?? "";
  if (!startsSentence(text, after, to)) return false;
  const lower = word.toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) {
    // "U.S." or "D.C." or an initial "J." — a boundary only before a typical sentence opener.
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  if (ABBREVIATIONS.has(lower)) return !/^\d/.test(nextWord) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return true;
}
