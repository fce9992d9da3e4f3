/**
 * The relations chart: per period, cooperation stacked above the axis (verbal, then material) and
 * conflict below it, with net cooperation (−1…1, right scale) as a line of clickable points.
 */
import { el, svg } from "../dom.js";
import { num, QUADS } from "../format.js";
import { periodTimes } from "../period.js";
import { ticks, timeScale } from "../time.js";
import type { RelationsResponse } from "../types.js";

type Point = RelationsResponse["points"][number];

const W = 1000;
const H = 340;
const M = { top: 16, right: 44, bottom: 28, left: 64 };

/** Draws the series; `onPick(period)` runs when a point or its column is clicked. */
export function relationsChart(
  data: RelationsResponse,
  selected: string | null,
  onPick: (p: string) => void,
): HTMLElement {
  const spans = data.points.map((p) => periodTimes(p.period));
  const x = timeScale(Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1])), M.left, W - M.right);
  const mid = (M.top + H - M.bottom) / 2;
  const half = mid - M.top;
  const coop = (p: Point) => p.verbal_cooperation + p.material_cooperation;
  const conf = (p: Point) => p.verbal_conflict + p.material_conflict;
  const max = Math.max(1, ...data.points.map(coop), ...data.points.map(conf));
  const yCount = (n: number) => (n / max) * half;
  const yNet = (v: number) => mid - v * half;
  const columns = data.points.map((p, i) => {
    const [t0, t1] = spans[i] as [number, number];
    const w = Math.max(3, x(t1) - x(t0) - 1);
    const x0 = x(t0) + 0.5;
    const stack = (key: (typeof QUADS)[number]["key"], from: number, n: number, up: boolean) =>
      n === 0
        ? null
        : svg("rect", {
            class: `bar quad-${key}`,
            x: x0,
            width: w,
            y: up ? mid - from - yCount(n) : mid + from,
            height: yCount(n),
          });
    const vc = p.verbal_cooperation;
    const vf = p.verbal_conflict;
    return svg(
      "g",
      { class: `column${p.period === selected ? " selected" : ""}`, "data-period": p.period },
      svg("rect", { class: "hit", x: x0, width: w, y: M.top, height: H - M.top - M.bottom }),
      stack("verbal_cooperation", 0, vc, true),
      stack("material_cooperation", yCount(vc), p.material_cooperation, true),
      stack("verbal_conflict", 0, vf, false),
      stack("material_conflict", yCount(vf), p.material_conflict, false),
    );
  });
  const centers = data.points.map((p, i) => {
    const [t0, t1] = spans[i] as [number, number];
    return { p, cx: (x(t0) + x(t1)) / 2, cy: yNet(p.net_cooperation) };
  });
  // the line breaks over periods with no events: no events is no evidence of a trend
  const runs: (typeof centers)[] = [];
  centers.forEach((c, i) => {
    const adjacent = i > 0 && (spans[i] as [number, number])[0] <= (spans[i - 1] as [number, number])[1];
    if (adjacent) runs[runs.length - 1]?.push(c);
    else runs.push([c]);
  });
  const lines = runs.map((run) =>
    svg("polyline", { class: "net-line", points: run.map((c) => `${c.cx},${c.cy}`).join(" ") }),
  );
  const points = centers.map(({ p, cx, cy }) =>
    svg(
      "circle",
      {
        class: `point${p.period === selected ? " selected" : ""}`,
        cx,
        cy,
        r: 5,
        "data-period": p.period,
        tabindex: 0,
        role: "button",
      },
      svg("title", {}, tooltip(p)),
    ),
  );
  const chart = svg(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "relations-chart", role: "img", "aria-label": `Relations ${data.a}–${data.b}` },
    ...axes(x, mid, max, yCount, yNet),
    ...columns,
    ...lines,
    ...points,
  );
  const pick = (ev: Event) => {
    const period = (ev.target as Element).closest("[data-period]")?.getAttribute("data-period");
    if (period) onPick(period);
  };
  chart.addEventListener("click", pick);
  chart.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") pick(ev);
  });
  const legend = el(
    "figcaption",
    { class: "legend" },
    ...QUADS.map((q) => el("span", { class: `swatch swatch-${q.key}` }, q.label)),
    el("span", { class: "swatch net" }, "Net cooperation (right scale)"),
  );
  return el("figure", { class: "chart-box" }, chart, legend);
}

function tooltip(p: Point): string {
  return [
    `${p.period}: ${p.total} events, net cooperation ${num(p.net_cooperation)}`,
    ...QUADS.map((q) => `${q.label}: ${p[q.key]}`),
  ].join("\n");
}

function axes(
  x: ReturnType<typeof timeScale>,
  mid: number,
  max: number,
  yCount: (n: number) => number,
  yNet: (v: number) => number,
): SVGElement[] {
  const out: SVGElement[] = [svg("line", { class: "axis", x1: M.left, x2: W - M.right, y1: mid, y2: mid })];
  for (const tk of ticks(x.domain[0], x.domain[1], 10)) {
    out.push(svg("line", { class: "grid", x1: x(tk.t), x2: x(tk.t), y1: M.top, y2: H - M.bottom }));
    out.push(svg("text", { class: "tick", x: x(tk.t), y: H - 10, "text-anchor": "middle" }, tk.label));
  }
  for (const n of [max, Math.round(max / 2)]) {
    out.push(svg("text", { class: "tick", x: M.left - 6, y: mid - yCount(n) + 4, "text-anchor": "end" }, String(n)));
    out.push(svg("text", { class: "tick", x: M.left - 6, y: mid + yCount(n) + 4, "text-anchor": "end" }, String(n)));
  }
  for (const v of [1, 0.5, -0.5, -1]) {
    out.push(svg("text", { class: "tick net", x: W - M.right + 6, y: yNet(v) + 4 }, v > 0 ? `+${v}` : String(v)));
  }
  const side = (label: string, y: number) =>
    svg("text", { class: "tick side", x: 14, y, transform: `rotate(-90 14 ${y})`, "text-anchor": "middle" }, label);
  out.push(side("cooperation", mid - (mid - M.top) / 2), side("conflict", mid + (mid - M.top) / 2));
  return out;
}
