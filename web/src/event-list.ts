/** A compact list of events, each linking to its event page: the building block of several views. */
import { el } from "./dom.js";
import { eventTitle, formatRange, quadLabel } from "./format.js";
import { href } from "./router.js";
import type { EventRecord } from "./types.js";

/** One event as a list row: date, quad colour, "A → TYPE → B", status when not reported. */
export function eventRow(e: EventRecord): HTMLLIElement {
  return el(
    "li",
    { class: "event-row", "data-event-id": e.id },
    el("span", { class: "date" }, formatRange(e.date, e.date_end)),
    el("span", { class: `quad quad-${e.quad}`, title: quadLabel(e.quad) }),
    el("a", { href: href(["events", e.id]) }, eventTitle(e)),
    e.status !== "reported" ? el("span", { class: `status status-${e.status}` }, e.status) : null,
    e.doc_count > 1 ? el("span", { class: "muted" }, `${e.doc_count} reports`) : null,
  );
}

/** A `<ul>` of event rows, or a note when there are none. */
export function eventList(events: EventRecord[], empty = "No events."): HTMLElement {
  if (events.length === 0) return el("p", { class: "note" }, empty);
  return el("ul", { class: "events" }, ...events.map(eventRow));
}
