import { isAsciiDigit, isAsciiLetter } from "../tokens/ascii.js";
import {
  ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PREFIX_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TIME_FOLLOWERS,
} from "./abbreviations.js";

const TERMINATORS = new Set([".", "!", "?", "…"]);
const PERIOD = ".".charCodeAt(0);
const BANG = "!".charCodeAt(0);
const QUERY = "?".charCodeAt(0);
const ELLIPSIS = "…".charCodeAt(0);
const QUOTE = '"'.charCodeAt(0);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

// `"Why now?" Wang Wenbin asked.` — a name and a speech verb after a quoted question continue the sentence.
const ATTRIBUTION =
  /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:asked|asks|said|says|added|adds|wrote|writes|told|tweeted|posted|replied|shouted|wondered|demanded|declared|insisted|quipped)\b/u;

/**
 * Offsets between `from` and `to` (one block) where a new sentence starts.
 *
 * @example findCuts("Talks ended. Both sides spoke.", 0, 30) // [12]
 */
export function findCuts(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let quotes = 0;
  for (let i = from; i < to; i++) {
    // character codes: this loop visits every character of the article
    const code = text.charCodeAt(i);
    if (code === QUOTE) quotes++;
    // compared, not looked up in a set: the test runs on every character
    if (code !== PERIOD && code !== BANG && code !== QUERY && code !== ELLIPSIS) continue;
    let end = i + 1;
    while (end < to && TERMINATORS.has(text[end] ?? "")) end++;
    const run = text.slice(i, end);
    // `."` closes an open quote; a second `"` opens the next sentence's quote.
    while (end < to && CLOSERS.has(text[end] ?? "")) {
      if (text[end] === '"') {
        if (quotes % 2 === 0) break;
        quotes++;
      }
      end++;
    }
    const closed = end > i + run.length;
    let cut: boolean;
    if (run === ".") cut = isSentencePeriod(text, i, end, to);
    else if (run.includes("…") || run.startsWith(".."))
      cut = startsSentence(text, end, to); // "… and", "... The"
    else cut = startsSentence(text, end, to) && !(closed && ATTRIBUTION.test(text.slice(end, end + 80)));
    i = end - 1;
    if (!cut) continue;
    cuts.push(end);
    quotes = 0;
  }
  return cuts;
}

/** The next non-space character can open a sentence: a capital, a digit, an opening quote or bracket. */
function startsSentence(text: string, at: number, to: number): boolean {
  let j = at;
  while (j < to && (text[j] === " " || text[j] === "\t" || text[j] === "\n")) j++;
  return j < to && /[\p{Lu}\d"“‘'(«[]/u.test(text[j] ?? "");
}

function isSentencePeriod(text: string, dot: number, after: number, to: number): boolean {
  const word = wordBefore(text, dot);
  const next = text.slice(after, Math.min(to, after + 40));
  const lower = word.toLowerCase();
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word); // "U.S", "D.C", "a.m", "J"
  if (after === dot + 1 && !/^\s/.test(next)) {
    // "Blinken.Meanwhile", "2018.The", "said.“We" — not "U.S.-China", "3.5", "example.com", "www.State.gov".
    if (!/^["“‘(]?\p{Lu}\p{Ll}/u.test(next) || inLink(text, dot)) return false;
    if (!dotted && !/[\p{Ll}\d]$/u.test(word)) return false;
  }
  if (!startsSentence(text, after, to)) return false;
  const nextWord = (/^\s*["“‘(]?([\p{L}\d]+)/u.exec(next)?.[1] ?? "").toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return false; // "Gen. Li", "e.g. China"
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\d/.test(nextWord)) return false; // "No. 1", not "said no. The"
  if (lower === "a.m" || lower === "p.m") return !TIME_FOLLOWERS.has(nextWord) && !/^\d/.test(nextWord);
  // "U.S." or "D.C." or an initial "J." — a boundary only before a typical sentence opener.
  if (dotted) return SENTENCE_OPENERS.has(nextWord);
  if (ABBREVIATIONS.has(lower)) return !/^\d/.test(nextWord) && SENTENCE_OPENERS.has(nextWord);
  return true;
}

/**
 * The letters, digits and periods right before the dot, within 40 characters: what
 * `/[\p{L}\d.]*$/u` matches in the 40 characters before it, read backwards over ASCII, by the
 * pattern once another script appears.
 */
function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 40);
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c >= 128) return /[\p{L}\d.]*$/u.exec(text.slice(from, dot))?.[0] ?? "";
    if (!(isAsciiLetter(c) || isAsciiDigit(c) || c === PERIOD)) break;
    k--;
  }
  return text.slice(k, dot);
}

/** The period lies inside a URL or an email address (`https://…`, `www.…`, `Press.Office@…`). */
function inLink(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 200 && !/\s/.test(text[start - 1] ?? "")) start--;
  let end = dot;
  while (end < text.length && end - dot < 200 && !/\s/.test(text[end] ?? "")) end++;
  return /^[("“‘]?(?:https?:\/\/|www\.)|@/i.test(text.slice(start, end));
}
