/**
 * Temporal asides: a phrase or clause that places the sentence's event relative to another one
 * ("since Xi met Biden in November", "Before Blinken's visit to China, …", "after talks in Tokyo on
 * Monday"). The date inside such an aside dates the other event, never the main one; and an event
 * named inside it is not dated by the main clause ("Before the visit, NGOs wrote on June 14").
 * "When" is not one: "agreed when they met in November" dates the agreement too.
 */

import type { Span } from "./types.js";

const OPENER = /\b(?:before|after|since|until|(?<!\bthe\s)following|ahead of|prior to)\s+(?=\S)/gi;
/** An aside runs to the next comma, semicolon, colon or spaced dash, else to the sentence's end. */
const CLOSER = /[,;:]|\s[-–—]\s/g;

/** The temporal asides of `sentence`, in order. */
export function temporalAsides(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(body); m; m = OPENER.exec(body)) {
    CLOSER.lastIndex = m.index + m[0].length;
    const close = CLOSER.exec(body);
    const end = close ? close.index : body.length;
    out.push({ start: sentence.start + m.index, end: sentence.start + end });
    OPENER.lastIndex = end;
  }
  return out;
}

/**
 * The timexes that may date an event at `trigger`: inside the trigger's aside if it sits in one,
 * else those outside every aside.
 */
export function outsideOtherAsides<T extends Span>(timexes: readonly T[], asides: readonly Span[], trigger: Span): T[] {
  const within = (s: Span, a: Span) => s.start >= a.start && s.end <= a.end;
  const own = asides.find((a) => within(trigger, a));
  if (own) return timexes.filter((t) => within(t, own));
  return timexes.filter((t) => !asides.some((a) => within(t, a)));
}

/**
 * Whether `span` sits in a temporal aside of its sentence ("after a visit to Taiwan by …"): the
 * event it names is background to the sentence's own, so it is never dated by the publication day.
 */
export function inTemporalAside(text: string, sentence: Span, span: Span): boolean {
  return temporalAsides(text, sentence).some((a) => span.start >= a.start && span.end <= a.end);
}
