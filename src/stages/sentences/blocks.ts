import type { Span } from "../../doc/layers.js";

/** A line of the article (a paragraph, a headline, a list item), or several lines soft-wrapped into one. */
export interface Block extends Span {
  /** A list item; its marker (`- `, `• `, `* `, `1. `) lies before `start`, outside every span. */
  bullet: boolean;
}

// "- item", "– item", "• item", "* item", "1. item", "2) item": a marker, then a space.
const BULLET = /[ \t]*(?:[-–—•*▪●◦‣►]|\d{1,2}[.)])[ \t]+(?=\S)/y;

/**
 * Splits text into blocks. A line break ends a block, except a soft wrap: a line ending in a
 * lower-case letter or a comma, continued in lower case (`…the\nballoon`). So a headline stays a
 * sentence of its own, final punctuation or not: the line after it opens with a capital (or a dash, a
 * bullet, a blank line). A `•` between spaces also starts an item
 * (`Talks • Trade • Taiwan`, lists flattened by scraping). List markers are left out of blocks.
 *
 * @example splitBlocks("Xi meets Biden\n- Trade\n- Taiwan") // "Xi meets Biden", "Trade", "Taiwan"
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    const softWrap = /[\p{Ll},]/u.test(text[i - 1] ?? "") && /\p{Ll}/u.test(text[i + 1] ?? "");
    if (softWrap) continue;
    splitItems(text, start, i, blocks);
    start = i + 1;
  }
  splitItems(text, start, text.length, blocks);
  return blocks;
}

/** One line, cut at inline `•` bullets, each item without its marker. */
function splitItems(text: string, from: number, to: number, out: Block[]): void {
  let start = from;
  for (let i = text.indexOf("•", from); i !== -1 && i < to; i = text.indexOf("•", i + 1)) {
    const spaced = /\s/.test(text[i + 1] ?? "") && (i === from || /\s/.test(text[i - 1] ?? ""));
    if (!spaced || !/\S/.test(text.slice(start, i))) continue;
    out.push(withoutMarker(text, start, i));
    start = i;
  }
  out.push(withoutMarker(text, start, to));
}

function withoutMarker(text: string, start: number, end: number): Block {
  BULLET.lastIndex = start;
  const marker = BULLET.exec(text);
  if (marker && BULLET.lastIndex < end) return { start: BULLET.lastIndex, end, bullet: true };
  return { start, end, bullet: false };
}
