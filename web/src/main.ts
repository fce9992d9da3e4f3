/** The workbench's entry point: the navigation bar and the hash router that picks a view. */
import { el, replace } from "./dom.js";
import { href, parseRoute } from "./router.js";
import { showError, type View } from "./view.js";
import { actorView } from "./views/actor.js";
import { actorsView } from "./views/actors.js";
import { documentView } from "./views/document.js";
import { documentsView } from "./views/documents.js";
import { eventView } from "./views/event.js";
import { eventsView } from "./views/events.js";
import { relationsView } from "./views/relations.js";
import { searchView } from "./views/search.js";
import { timelineView } from "./views/timeline.js";
import { uploadView } from "./views/upload.js";

/** Top-level views by their first path segment; `detail` handles `#/<name>/<id>`. */
const VIEWS: Record<string, { list: View; detail?: View; label: string }> = {
  timeline: { list: timelineView, label: "Timeline" },
  events: { list: eventsView, detail: eventView, label: "Events" },
  relations: { list: relationsView, label: "Relations" },
  actors: { list: actorsView, detail: actorView, label: "Actors" },
  documents: { list: documentsView, detail: documentView, label: "Documents" },
  search: { list: searchView, label: "Search" },
  upload: { list: uploadView, label: "Upload" },
};

const nav = el("nav", { class: "top" });
const main = el("main", { id: "view" });
let current: AbortController | null = null;

function renderNav(active: string): void {
  const links = Object.entries(VIEWS).map(([name, v]) =>
    el(
      "a",
      { href: href([name]), class: name === active ? "active" : "", "aria-current": name === active && "page" },
      v.label,
    ),
  );
  const box = el("input", { type: "search", name: "q", placeholder: "Search articles", "aria-label": "Search" });
  const form = el("form", { class: "quick-search", role: "search" }, box);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href(["search"], { q: box.value.trim() });
  });
  replace(nav, el("a", { href: "#/timeline", class: "brand" }, "annals"), ...links, form);
}

async function route(): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const r = parseRoute(location.hash);
  const name = r.parts[0] ?? "timeline";
  const entry = VIEWS[name];
  renderNav(entry ? name : "");
  const view = entry ? (r.parts.length > 1 && entry.detail ? entry.detail : entry.list) : undefined;
  window.scrollTo(0, 0);
  if (!view) {
    showError(main, new Error(`No such view: ${name}`));
    return;
  }
  main.setAttribute("aria-busy", "true");
  main.dataset.view = `${name}${r.parts.length > 1 ? "-detail" : ""}`;
  main.dataset.hash = location.hash;
  try {
    await view(r, main, controller.signal);
  } catch (err) {
    if (!controller.signal.aborted) showError(main, err);
  } finally {
    // tests and the bench wait for this: the view's data is on screen
    if (!controller.signal.aborted) {
      main.setAttribute("aria-busy", "false");
      performance.mark("annals:view-ready", { detail: location.hash });
    }
  }
}

document.body.append(el("header", {}, nav), main);
window.addEventListener("hashchange", () => void route());
void route();
