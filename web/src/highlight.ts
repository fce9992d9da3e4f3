/**
 * Highlighting spans of a text without HTML: the text is cut into slices at every span boundary,
 * each slice becomes a text node, wrapped in `<mark>` when spans cover it.
 */
import { el } from "./dom.js";

/** A span to highlight: `text.slice(start, end)`, with a class name (its kind) and a tooltip. */
export interface Highlight {
  start: number;
  end: number;
  kind: string;
  title?: string;
}

/** A slice of the text and the highlights that cover all of it (empty: plain text). */
export interface Segment {
  start: number;
  end: number;
  covers: Highlight[];
}

/**
 * Cuts `[0, length)` at every span boundary; overlapping spans both cover the shared slice.
 * Spans outside the text are clipped; empty ones are dropped.
 *
 * @example segment(10, [{ start: 2, end: 5, kind: "actor" }])
 * // [{start:0,end:2,covers:[]}, {start:2,end:5,covers:[actor]}, {start:5,end:10,covers:[]}]
 */
export function segment(length: number, spans: Highlight[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    out.push({ start, end, covers: valid.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

/**
 * The text as DOM nodes with `<mark class="hl-<kind>">` over the spans. The innermost (shortest)
 * span gives the class; every covering span is listed in the tooltip and in `data-kinds`.
 */
export function renderHighlighted(text: string, spans: Highlight[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const seg of segment(text.length, spans)) {
    const slice = text.slice(seg.start, seg.end);
    if (seg.covers.length === 0) {
      frag.appendChild(document.createTextNode(slice));
      continue;
    }
    const inner = [...seg.covers].sort((a, b) => a.end - a.start - (b.end - b.start))[0] as Highlight;
    const mark = el(
      "mark",
      {
        class: `hl hl-${inner.kind}`,
        "data-kinds": seg.covers.map((c) => c.kind).join(" "),
        "data-start": String(seg.start),
        "data-end": String(seg.end),
        title: seg.covers.map((c) => c.title ?? c.kind).join("\n"),
      },
      slice,
    );
    frag.appendChild(mark);
  }
  return frag;
}
