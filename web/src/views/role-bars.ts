/**
 * An actor's roles as horizontal bars on a time axis. A `kb` role runs from its start to its end
 * (or to today when it is still held); a role read from text spans the publication dates of the
 * articles that state it, so one article gives a short mark rather than a guessed tenure.
 */
import { el, svg } from "../dom.js";
import { ticks, timeScale, toTime } from "../time.js";
import type { ActorRecord } from "../types.js";

type Role = ActorRecord["roles"][number];

const W = 1000;
const LABEL = 300;
const ROW = 26;
const AXIS = 24;

/** The interval a role is drawn over, or null when nothing dates it. */
export function roleInterval(role: Role, today: number): [number, number] | null {
  const dates = role.evidence.map((e) => e.date).filter((d): d is string => !!d);
  const start = toTime(role.start) ?? toTime(dates.sort()[0]);
  if (start === null) return null;
  const end = role.end ? toTime(role.end, "end") : role.basis === "kb" ? today : toTime(dates.sort().at(-1), "end");
  return [start, Math.max(start, end ?? start)];
}

/** The chart, or a note when no role is dated. */
export function roleBars(roles: Role[], today = Date.now()): HTMLElement {
  const dated = roles
    .map((role) => ({ role, span: roleInterval(role, today) }))
    .filter((r): r is { role: Role; span: [number, number] } => r.span !== null)
    .sort((a, b) => a.span[0] - b.span[0]);
  if (dated.length === 0) return el("p", { class: "note" }, "No dated roles.");
  const t0 = Math.min(...dated.map((r) => r.span[0]));
  const t1 = Math.max(...dated.map((r) => r.span[1]));
  const x = timeScale(t0, t1, LABEL, W - 10);
  const height = AXIS + dated.length * ROW;
  const axis = ticks(x.domain[0], x.domain[1], 10).map((tk) =>
    svg(
      "g",
      { class: "tick" },
      svg("line", { x1: x(tk.t), x2: x(tk.t), y1: AXIS - 4, y2: height }),
      svg("text", { x: x(tk.t), y: AXIS - 8, "text-anchor": "middle" }, tk.label),
    ),
  );
  const rows = dated.map(({ role, span }, i) => {
    const y = AXIS + i * ROW;
    const w = Math.max(4, x(span[1]) - x(span[0]));
    const label = role.organization ? `${role.title}, ${role.organization}` : role.title;
    const when = `${role.start ?? "?"} – ${role.end ?? (role.basis === "kb" ? "present" : "?")}`;
    const tip = `${label}\n${when}\n${role.basis === "kb" ? `knowledge base${role.source ? ` (${role.source})` : ""}` : `read from ${role.evidence.length} article(s)`}`;
    return svg(
      "g",
      { class: `role role-${role.basis}` },
      svg("title", {}, tip),
      svg("text", { x: LABEL - 8, y: y + ROW / 2 + 4, "text-anchor": "end", class: "role-label" }, clip(label, 44)),
      svg("rect", { class: "role-bar", x: x(span[0]), y: y + 5, width: w, height: ROW - 10, rx: 3 }),
    );
  });
  return el(
    "figure",
    { class: "roles-chart" },
    svg("svg", { viewBox: `0 0 ${W} ${height}`, role: "img", "aria-label": "Roles over time" }, ...axis, ...rows),
    el(
      "figcaption",
      { class: "legend" },
      el("span", { class: "swatch role-kb" }, "knowledge base"),
      el("span", { class: "swatch role-text" }, "read from articles"),
    ),
  );
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
