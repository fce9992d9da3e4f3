/**
 * `#/timeline?actor&dyad&type&from&to&q&zoom=day|month|year`: dated entries grouped under day
 * (month, year) headings, with the filter form, the zoom switch and a range brush.
 */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { filterForm, filterQuery } from "../filters.js";
import { formatDate, formatRange, plural, quadLabel } from "../format.js";
import { href, type Route, withParams } from "../router.js";
import type { EventRecord, EventsPage, TimelineResponse } from "../types.js";
import { loadInto, note, showLoading, type View } from "../view.js";
import { rangeBrush } from "./brush.js";

/** Zoom levels and the date prefix each groups by. */
const ZOOMS = { day: 10, month: 7, year: 4 } as const;
type Zoom = keyof typeof ZOOMS;

/** Events read per timeline request: enough for years of a dyad, few enough to draw at once. */
const LIMIT = 1000;

export const timelineView: View = async (route, root, signal) => {
  const zoom = zoomOf(route);
  const form = filterForm(route);
  const body = el("div", { class: "timeline-body" });
  replace(root, el("h1", {}, "Timeline"), form, zoomSwitch(route, zoom), body);
  showLoading(body);
  const data = await loadInto(
    body,
    getJson<TimelineResponse>("timeline", { ...filterQuery(route), limit: LIMIT }, signal),
  );
  if (!data || signal.aborted) return;
  const entries = data.entries;
  const head = el(
    "p",
    { class: "summary" },
    `${plural(entries.length, "entry", "entries")} from ${plural(Object.keys(data.events).length, "event")}`,
  );
  if (entries.length === 0) {
    replace(body, head, note("No dated events match these filters."));
    return;
  }
  const more = el("p", { class: "note more-events" });
  replace(body, head, more, rangeBrush(route, entries), groups(entries, data.events, zoom, route));
  void continuation(route, more, signal);
};

/**
 * The timeline reads at most LIMIT events in date order. When the filters match more, the first
 * event past the cap says where the next stretch starts: a link continues from its date. Asked
 * after the entries are drawn, so it never delays them.
 */
async function continuation(route: Route, out: HTMLElement, signal: AbortSignal): Promise<void> {
  const query = { ...filterQuery(route), sort: "date", offset: LIMIT, limit: 1 };
  const next = (await getJson<EventsPage>("events", query, signal).catch(() => null))?.items[0];
  if (!next?.date || signal.aborted) return;
  replace(
    out,
    `Only the first ${LIMIT.toLocaleString("en")} events, in date order, are drawn. `,
    el("a", { href: withParams(route, { from: next.date.slice(0, 10) }) }, `Continue from ${formatDate(next.date)} →`),
  );
}

function zoomOf(route: Route): Zoom {
  const z = route.params.get("zoom");
  return z === "month" || z === "year" ? z : "day";
}

function zoomSwitch(route: Route, zoom: Zoom): HTMLElement {
  return el(
    "div",
    { class: "zoom", role: "group", "aria-label": "Zoom" },
    "Group by ",
    ...(Object.keys(ZOOMS) as Zoom[]).map((z) =>
      el("a", { href: withParams(route, { zoom: z === "day" ? null : z }), class: z === zoom ? "active" : "" }, z),
    ),
  );
}

type Entry = TimelineResponse["entries"][number];

function groups(entries: Entry[], events: Record<string, EventRecord>, zoom: Zoom, route: Route): HTMLElement {
  const list = el("div", { class: "timeline" });
  let key: string | null = null;
  let items: HTMLElement | null = null;
  for (const entry of entries) {
    const k = entry.date.slice(0, ZOOMS[zoom]);
    if (k !== key || !items) {
      key = k;
      items = el("ol", { class: "entries" });
      list.append(el("div", { class: "day" }, el("h3", { class: "day-heading" }, formatDate(k)), items));
    }
    items.append(entryItem(entry, events, route));
  }
  return list;
}

/** Further events of one entry linked one by one; past this, one link lists them all. */
const MORE_LINKS = 4;

function entryItem(entry: Entry, events: Record<string, EventRecord>, route: Route): HTMLElement {
  const first = events[entry.event_ids[0] ?? ""];
  const more = entry.event_ids.slice(1);
  const shown = more.length > MORE_LINKS ? more.slice(0, MORE_LINKS - 1) : more;
  const rest = more.length - shown.length;
  const all = { ...filterQuery(route), from: entry.date, to: entry.date_end ?? entry.date };
  return el(
    "li",
    { class: "entry" },
    first ? el("span", { class: `quad quad-${first.quad}`, title: quadLabel(first.quad) }) : null,
    el("a", { href: href(["events", entry.event_ids[0] ?? ""]), class: "entry-link" }, entry.summary),
    entry.date.length > 7 && entry.date_end
      ? el("span", { class: "muted" }, formatRange(entry.date, entry.date_end))
      : null,
    el("span", { class: "muted" }, plural(entry.doc_ids.length, "source")),
    ...shown.map((id, i) => el("a", { href: href(["events", id]), class: "more" }, `#${i + 2}`)),
    rest > 0 ? el("a", { href: href(["events"], all), class: "more" }, `and ${rest} more`) : null,
  );
}
