/**
 * A range brush over the timeline: a histogram of entries per month (per year over long spans);
 * dragging across it (or clicking one bar) narrows `from`/`to` to the buckets selected.
 */
import { el, svg } from "../dom.js";
import { type Route, withParams } from "../router.js";
import type { TimelineResponse } from "../types.js";

const W = 1000;
const H = 60;

/** Buckets from the first to the last entry: `YYYY-MM` keys, or `YYYY` when over ten years. */
export function buckets(dates: string[]): { keys: string[]; counts: number[] } {
  const sorted = dates.filter((d) => d.length >= 4).sort();
  if (sorted.length === 0) return { keys: [], counts: [] };
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  const byYear = years > 10;
  const keys: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = byYear ? 1 : Number(first.slice(5, 7) || "1");
  const end = byYear ? last.slice(0, 4) : last.slice(0, 7).padEnd(7, "-01").slice(0, 7);
  for (;;) {
    const key = byYear ? String(y) : `${y}-${String(m).padStart(2, "0")}`;
    keys.push(key);
    if (key >= end || keys.length > 2000) break;
    if (byYear || m === 12) {
      y++;
      m = 1;
    } else m++;
  }
  const index = new Map(keys.map((k, i) => [k, i]));
  const counts = keys.map(() => 0);
  for (const d of sorted) {
    const i = index.get(byYear ? d.slice(0, 4) : d.slice(0, 7));
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  return { keys, counts };
}

/** The brush for the entries of a timeline. */
export function rangeBrush(route: Route, entries: TimelineResponse["entries"]): HTMLElement {
  const { keys, counts } = buckets(entries.map((e) => e.date));
  const max = Math.max(1, ...counts);
  const bw = W / Math.max(1, keys.length);
  const selection = svg("rect", { class: "brush-selection", x: 0, y: 0, width: 0, height: H, visibility: "hidden" });
  const chart = svg(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "brush", preserveAspectRatio: "none", role: "img" },
    svg("title", {}, "Entries over time: drag to narrow the date range"),
    ...counts.map((c, i) =>
      svg(
        "rect",
        {
          class: "brush-bar",
          x: i * bw + 0.5,
          width: Math.max(1, bw - 1),
          y: H - (c / max) * H,
          height: (c / max) * H,
        },
        svg("title", {}, `${keys[i]}: ${c}`),
      ),
    ),
    selection,
  );
  const at = (ev: PointerEvent) => {
    const box = chart.getBoundingClientRect();
    return Math.min(keys.length - 1, Math.max(0, Math.floor(((ev.clientX - box.left) / box.width) * keys.length)));
  };
  let start: number | null = null;
  const draw = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    selection.setAttribute("x", String(lo * bw));
    selection.setAttribute("width", String((hi - lo + 1) * bw));
    selection.setAttribute("visibility", "visible");
  };
  chart.addEventListener("pointerdown", (ev) => {
    start = at(ev);
    chart.setPointerCapture(ev.pointerId);
    draw(start, start);
  });
  chart.addEventListener("pointermove", (ev) => {
    if (start !== null) draw(start, at(ev));
  });
  chart.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const end = at(ev);
    const [lo, hi] = start <= end ? [start, end] : [end, start];
    start = null;
    location.hash = withParams(route, { from: keys[lo], to: keys[hi], offset: null });
  });
  const first = keys[0] ?? "";
  const last = keys[keys.length - 1] ?? "";
  return el(
    "figure",
    { class: "brush-box" },
    chart,
    el(
      "figcaption",
      {},
      el("span", {}, first),
      el("span", { class: "muted" }, "drag to zoom into a range"),
      el("span", {}, last),
    ),
  );
}
