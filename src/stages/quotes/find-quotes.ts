import type { Span } from "../../doc/layers.js";

const PAIRS: [string, string][] = [
  ["“", "”"],
  ['"', '"'],
];

/**
 * Direct quotations: text between paired quotation marks (straight or curly), across sentences.
 * Scare quotes of one or two words (`"exploring" period`) are not quotations; a quote left open at
 * the end of a paragraph (a quotation continued in the next) ends there.
 *
 * @example findQuoteSpans('Wang said: "Dialogue must continue."') // [{ start: 12, end: 35 }]
 */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      const inner = text.slice(start + 1, end);
      const paragraphBreak = inner.indexOf("\n\n");
      if (paragraphBreak !== -1) {
        // A quote left open at the end of a paragraph: look again from the next paragraph.
        from = start + 1 + paragraphBreak;
        continue;
      }
      if (inner.split(/\s+/).filter((w) => w.length > 0).length >= 3) spans.push({ start: start + 1, end });
      from = end + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
