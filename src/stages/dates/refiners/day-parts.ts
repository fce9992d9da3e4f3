/**
 * A part of the day stays with its day: "Sunday morning", "June 14 evening", "this Sunday morning".
 * The value keeps day precision; the part only widens the span so the text reads whole.
 */

import { packed } from "../../../model/packed.js";
import type { Anchor, Candidate, Refiner } from "../types.js";

const PART = /^\s+(?:morning|afternoon|evening|night)\b/i;

function isDay(a: Anchor): boolean {
  if (a.kind === "weekday") return a.endWeekday === undefined;
  if (a.kind === "month") return a.day !== undefined && a.endDay === undefined;
  if (a.kind === "absolute") return a.from.day !== undefined && !a.to;
  return false;
}

export const attachDayParts: Refiner = (ctx, candidates) =>
  packed(candidates, (c): Candidate => {
    if (!isDay(c.anchor)) return c;
    const m = PART.exec(ctx.text.slice(c.end, c.end + 16));
    return m ? { ...c, end: c.end + m[0].length } : c;
  });
