/** `#/events?<filters>&sort&offset`: a paged list of canonical events. */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { eventList } from "../event-list.js";
import { filterForm, filterQuery } from "../filters.js";
import { withParams } from "../router.js";
import type { EventsPage } from "../types.js";
import { loadInto, showLoading, type View } from "../view.js";

const PAGE = 100;
const SORTS = [
  ["-date", "newest first"],
  ["date", "oldest first"],
  ["support", "most reported"],
] as const;

export const eventsView: View = async (route, root, signal) => {
  const sort = route.params.get("sort") ?? "-date";
  const offset = Number(route.params.get("offset") ?? 0) || 0;
  const doc = route.params.get("doc");
  const body = el("div");
  const sorts = el(
    "div",
    { class: "zoom" },
    "Sort ",
    ...SORTS.map(([key, label]) =>
      el("a", { href: withParams(route, { sort: key, offset: null }), class: key === sort ? "active" : "" }, label),
    ),
  );
  replace(root, el("h1", {}, doc ? `Events of document ${doc}` : "Events"), filterForm(route), sorts, body);
  showLoading(body);
  const query = { ...filterQuery(route), doc, sort, limit: PAGE, offset };
  const page = await loadInto(body, getJson<EventsPage>("events", query, signal));
  if (!page || signal.aborted) return;
  const pager = el(
    "p",
    { class: "pager" },
    offset > 0
      ? el("a", { href: withParams(route, { offset: Math.max(0, offset - PAGE) || null }) }, "← previous")
      : null,
    ` events ${page.items.length ? offset + 1 : 0}–${offset + page.items.length} `,
    page.next_offset !== null ? el("a", { href: withParams(route, { offset: page.next_offset }) }, "next →") : null,
  );
  replace(body, eventList(page.items, "No events match these filters."), pager);
};
