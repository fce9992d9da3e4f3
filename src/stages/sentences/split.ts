import type { Span } from "../../doc/layers.js";
import { type Block, splitBlocks } from "./blocks.js";
import { findCuts } from "./boundary.js";
import { datelineEnd } from "./dateline.js";

/** A sentence, or the dateline that opens a block (`BEIJING, Jan 2 (Xinhua) --`), which is no sentence. */
export interface Piece extends Span {
  kind: "sentence" | "dateline";
}

/**
 * The pieces of one block: a dateline first when there is one (the first sentence starts after its
 * dash), then sentences, trimmed of surrounding space.
 *
 * @example splitBlock("MOSCOW (AP) — Talks ended. Both spoke.", block) // dateline, 2 sentences
 */
export function splitBlock(text: string, block: Block): Piece[] {
  const pieces: Piece[] = [];
  let start = block.start;
  const dateline = datelineEnd(text, block.start, block.end);
  if (dateline !== -1) {
    pushTrimmed(text, start, dateline, "dateline", pieces);
    start = dateline;
  }
  for (const cut of findCuts(text, start, block.end)) {
    pushTrimmed(text, start, cut, "sentence", pieces);
    start = cut;
  }
  pushTrimmed(text, start, block.end, "sentence", pieces);
  return pieces;
}

/**
 * Splits text into sentence spans (datelines included, as spans of their own). Survives real news:
 * `Blinken.Meanwhile`, `U.S.`, `Gen. Li`, `Dec. 21`, `5 p.m. Tuesday`, `No. 1`, `."` and `?"`,
 * `(… in 2018.)`, ellipses, URLs, headlines, bullet lists (markers left out) and datelines.
 *
 * @example splitSentences('He said "yes." Then he left.') // two spans
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const block of splitBlocks(text)) {
    for (const { start, end } of splitBlock(text, block)) spans.push({ start, end });
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, kind: Piece["kind"], out: Piece[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e, kind });
}
