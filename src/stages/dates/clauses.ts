/**
 * Approximate clause bounds inside a sentence, for tense and for attaching a date to an event.
 * A clause ends at a semicolon, a colon, a dash between spaces, before ", which" / ", who" /
 * ", while" / ", although" / ", and" / ", but", before " but ", and before " and" + a pronoun
 * subject ("and they agreed"). A ", which …" or ", who …" clause closes at its next comma
 * ("The talks, which began in June, resumed"). Coordinated names ("Blinken and Wang met") stay one clause.
 */

import { firstFrom } from "../coref/bisect.js";
import type { Span } from "./types.js";

const BREAK =
  /;\s*|:\s+|\s[-–—]\s|,\s+(?=(which|who|while|whereas|although|though|and|but)\b)|\s+(?=but\s)|\s+(?=(?:and|while)\s+(?:he|she|they|it|we|i)\s)/gi;
const PARENTHETICAL = new Set(["which", "who", "while", "whereas", "although", "though"]);
const NEXT_COMMA = /,\s*/g;

/** Break spans of a sentence, in order: the clause text lies between them. */
function breaksOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(body); m; m = BREAK.exec(body)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length });
    if (m[1] && PARENTHETICAL.has(m[1].toLowerCase())) {
      NEXT_COMMA.lastIndex = m.index + m[0].length;
      const close = NEXT_COMMA.exec(body);
      if (close) out.push({ start: sentence.start + close.index, end: sentence.start + close.index + close[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function clauseIn(sentence: Span, breaks: readonly Span[], span: Span): Span {
  const i = firstFrom(breaks, span.start);
  const before = breaks[i - 1];
  const start = before && before.end <= span.start ? Math.max(sentence.start, before.end) : sentence.start;
  const end = breaks[i]?.start ?? sentence.end;
  return { start, end: Math.max(end, span.end) };
}

/** The clause of `sentence` that holds `span` (a span crossing a break gets the clause where it starts). */
export function clauseAround(text: string, sentence: Span, span: Span): Span {
  return clauseIn(sentence, breaksOf(text, sentence), span);
}

/** `clauseAround` for many spans of one text: each sentence's breaks are found once. */
export function clauseFinder(text: string): (sentence: Span, span: Span) => Span {
  const cache = new Map<number, Span[]>();
  return (sentence, span) => {
    let breaks = cache.get(sentence.start);
    if (!breaks) {
      breaks = breaksOf(text, sentence);
      cache.set(sentence.start, breaks);
    }
    return clauseIn(sentence, breaks, span);
  };
}
