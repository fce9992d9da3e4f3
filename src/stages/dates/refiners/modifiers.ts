/**
 * Period modifiers join the expression they qualify: "early February", "late last July", "mid-2020",
 * "the end of February", "the beginning of 2021". The value stays the whole period (month or year
 * precision is kept); the anchor records which part (`mod`) for consumers that want it.
 */

import { packed } from "../../../model/packed.js";
import type { Anchor, Candidate, PeriodModifier, Refiner } from "../types.js";

const PREFIX =
  /(?:\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close)\s+of\s+(?:the\s+)?|\b(early|late|mid)(?:\s+|-))$/i;

const MODS: Readonly<Record<string, PeriodModifier>> = {
  end: "end",
  close: "end",
  beginning: "start",
  start: "start",
  middle: "mid",
  mid: "mid",
  early: "early",
  late: "late",
};

/** Only periods longer than a day take a modifier: "late July", not "late Sunday". */
function isPeriod(a: Anchor): boolean {
  if (a.kind === "month") return a.day === undefined;
  if (a.kind === "absolute") return a.from.day === undefined && !a.to;
  if (a.kind === "shift") return a.unit !== "day";
  return false;
}

function withMod(a: Anchor, mod: PeriodModifier): Anchor {
  return a.kind === "present" || a.kind === "weekday" ? a : { ...a, mod };
}

export const attachModifiers: Refiner = (ctx, candidates) =>
  packed(candidates, (c): Candidate => {
    if (!isPeriod(c.anchor)) return c;
    const m = PREFIX.exec(ctx.text.slice(Math.max(0, c.start - 32), c.start));
    const word = (m?.[1] ?? m?.[2])?.toLowerCase();
    const mod = word ? MODS[word] : undefined;
    if (!m || !mod) return c;
    return { ...c, start: c.start - m[0].length, anchor: withMod(c.anchor, mod) };
  });
