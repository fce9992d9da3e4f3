/**
 * `#/relations?a&b&by&from&to&period`: cooperation and conflict between two actors over time.
 * The chart's points select a period (kept in the URL); its events are listed under the chart.
 */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { eventList } from "../event-list.js";
import { fillActorNames } from "../filters.js";
import { num, plural } from "../format.js";
import { periodBounds } from "../period.js";
import { href, type Route, withParams } from "../router.js";
import type { EventRecord, EventResponse, EventsPage, RelationsResponse } from "../types.js";
import { loadInto, note, section, showLoading, type View } from "../view.js";
import { relationsChart } from "./relations-chart.js";

const BY = ["day", "week", "month", "year"] as const;
/** Events of a period fetched one by one; above this the list is read through the filters. */
const BY_ID = 30;

export const relationsView: View = async (route, root, signal) => {
  const p = route.params;
  const a = p.get("a") ?? "";
  const b = p.get("b") ?? "";
  const by = p.get("by") ?? "month";
  const body = el("div");
  replace(root, el("h1", {}, a && b ? `Relations: ${a} and ${b}` : "Relations"), pickForm(route, by), body);
  if (!a || !b) {
    replace(body, note("Pick two actors (ids, names or country codes), e.g. CHN and USA."));
    return;
  }
  showLoading(body);
  const query = { a, b, by, from: p.get("from"), to: p.get("to") };
  const data = await loadInto(body, getJson<RelationsResponse>("relations", query, signal));
  if (!data || signal.aborted) return;
  if (data.points.length === 0) {
    replace(body, note("No events between these two in this range."));
    return;
  }
  const selected = data.points.find((pt) => pt.period === p.get("period")) ?? null;
  const total = data.points.reduce((s, pt) => s + pt.total, 0);
  const list = el("div", { class: "period-events" });
  replace(
    body,
    el(
      "p",
      { class: "summary" },
      `${plural(total, "event")} in ${plural(data.points.length, "period")} (by ${data.by})`,
    ),
    relationsChart(data, selected?.period ?? null, (period) => {
      location.hash = withParams(route, { period });
    }),
    list,
  );
  if (!selected) {
    replace(list, note("Click a point to list the events of its period."));
    return;
  }
  const [from, to] = periodBounds(selected.period);
  const heading = `${selected.period}: ${plural(selected.total, "event")}, net cooperation ${num(selected.net_cooperation)}`;
  replace(list, section(heading, el("p", { class: "loading" }, "Loading…")));
  const events = await loadInto(list, periodEvents(selected, `${a},${b}`, from, to, signal));
  if (!events || signal.aborted) return;
  const more = selected.event_ids.length - events.length;
  replace(
    list,
    section(
      heading,
      eventList(events),
      more > 0
        ? el("a", { href: href(["events"], { dyad: `${a},${b}`, from, to }) }, `all ${selected.total} events`)
        : null,
    ),
  );
};

/** The events of a period: by id when few (exactly the chart's), else through the dyad filter. */
async function periodEvents(
  point: RelationsResponse["points"][number],
  dyad: string,
  from: string,
  to: string,
  signal: AbortSignal,
): Promise<EventRecord[]> {
  if (point.event_ids.length > BY_ID) {
    return (await getJson<EventsPage>("events", { dyad, from, to, sort: "support", limit: 100 }, signal)).items;
  }
  const one = (id: string) => getJson<EventResponse>(`events/${encodeURIComponent(id)}`, {}, signal);
  return (await Promise.all(point.event_ids.map(one))).map((r) => r.event);
}

function pickForm(route: Route, by: string): HTMLFormElement {
  const input = (name: string, label: string) =>
    el("label", {}, label, el("input", { name, value: route.params.get(name) ?? "", list: "actor-names", size: "14" }));
  const select = el("select", { name: "by" }, ...BY.map((v) => el("option", { value: v, selected: v === by }, v)));
  const date = (name: string, label: string) =>
    el(
      "label",
      {},
      label,
      el("input", { name, value: route.params.get(name) ?? "", size: "10", placeholder: "YYYY-MM" }),
    );
  const actors = el("datalist", { id: "actor-names" });
  const form = el(
    "form",
    { class: "filters", "aria-label": "Pair" },
    input("a", "Actor A"),
    input("b", "Actor B"),
    el("label", {}, "Period", select),
    date("from", "From"),
    date("to", "To"),
    el("button", { type: "submit" }, "Show"),
    actors,
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    const v = (k: string) => String(d.get(k) ?? "").trim();
    location.hash = href(["relations"], { a: v("a"), b: v("b"), by: v("by"), from: v("from"), to: v("to") });
  });
  form.addEventListener("focusin", () => void fillActorNames(actors), { once: true });
  return form;
}
