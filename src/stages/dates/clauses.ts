/**
 * Approximate clause bounds inside a sentence, for tense and for attaching a date to an event.
 * A clause ends at a semicolon, a colon, a dash between spaces, ", which" / ", who" / ", while" /
 * ", whereas" / ", although", " but ", ", and", and at " and" before a pronoun subject
 * ("and they agreed"). Coordinated names ("Blinken and Wang met") stay one clause.
 */

import type { Span } from "./types.js";

const BREAK =
  /;|:\s|\s[-–—]\s|,\s+(?:which|who|while|whereas|although|though|and|but)\b|\s+but\s+|\s+(?:and|while)\s+(?=(?:he|she|they|it|we|i)\s)/gi;

/** The clause of `sentence` that holds `span` (a span crossing a break gets the clause where it starts). */
export function clauseAround(text: string, sentence: Span, span: Span): Span {
  const body = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(body); m; m = BREAK.exec(body)) {
    const breakStart = sentence.start + m.index;
    const breakEnd = breakStart + m[0].length;
    if (breakEnd <= span.start) start = breakEnd;
    else if (breakStart >= span.start) {
      end = breakStart;
      break;
    }
  }
  return { start, end: Math.max(end, span.end) };
}
