/** `#/documents?q&offset`: the stored articles, newest first, with their event counts. */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { formatDate } from "../format.js";
import { href, withParams } from "../router.js";
import type { DocumentsPage } from "../types.js";
import { loadInto, note, showLoading, type View } from "../view.js";

const PAGE = 100;

export const documentsView: View = async (route, root, signal) => {
  const q = route.params.get("q") ?? "";
  const offset = Number(route.params.get("offset") ?? 0) || 0;
  const box = el("input", { type: "search", name: "q", value: q, placeholder: "filter by words in the text" });
  const form = el("form", { class: "filters" }, box, el("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href(["documents"], { q: box.value.trim() });
  });
  const body = el("div");
  replace(root, el("h1", {}, "Documents"), form, body);
  showLoading(body);
  const page = await loadInto(body, getJson<DocumentsPage>("documents", { q, limit: PAGE, offset }, signal));
  if (!page || signal.aborted) return;
  if (page.items.length === 0) {
    replace(body, note("No documents yet: add articles on the Upload page."));
    return;
  }
  const rows = page.items.map((d) =>
    el(
      "tr",
      {},
      el("td", { class: "date" }, d.published_at ? formatDate(d.published_at) : "undated"),
      el("td", {}, el("a", { href: href(["documents", d.doc_id]) }, d.title ?? d.origin)),
      el("td", {}, d.source ?? ""),
      el("td", { class: "num" }, el("a", { href: href(["events"], { doc: d.doc_id }) }, String(d.event_count))),
    ),
  );
  const head = el("tr", {}, ...["Published", "Title", "Source", "Events"].map((h) => el("th", {}, h)));
  replace(
    body,
    el("table", { class: "grid" }, el("thead", {}, head), el("tbody", {}, ...rows)),
    el(
      "p",
      { class: "pager" },
      offset > 0
        ? el("a", { href: withParams(route, { offset: Math.max(0, offset - PAGE) || null }) }, "← previous")
        : null,
      " ",
      page.next_offset !== null ? el("a", { href: withParams(route, { offset: page.next_offset }) }, "next →") : null,
    ),
  );
};
