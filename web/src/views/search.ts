/** `#/search?q=`: full-text search over the articles; each hit links to its document and events. */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { href } from "../router.js";
import type { SearchResponse } from "../types.js";
import { loadInto, note, showLoading, type View } from "../view.js";

export const searchView: View = async (route, root, signal) => {
  const q = route.params.get("q") ?? "";
  const box = el("input", { type: "search", name: "q", value: q, placeholder: "phone call, export controls…" });
  const form = el("form", { class: "filters", role: "search" }, box, el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href(["search"], { q: box.value.trim() });
  });
  const body = el("div");
  replace(root, el("h1", {}, "Search"), form, body);
  if (!q) {
    replace(body, note('Words or phrases ("phone call"); prefix* and OR work too.'));
    return;
  }
  showLoading(body);
  const result = await loadInto(body, getJson<SearchResponse>("search", { q, limit: 50 }, signal));
  if (!result || signal.aborted) return;
  const { hits } = result;
  if (hits.length === 0) {
    replace(body, note("No article matches."));
    return;
  }
  replace(
    body,
    el(
      "ol",
      { class: "hits" },
      ...hits.map((h) =>
        el(
          "li",
          {},
          el("a", { href: href(["documents", h.doc_id]), class: "hit-title" }, h.title ?? h.doc_id),
          el("p", { class: "snippet" }, ...snippetNodes(h.snippet)),
          el("a", { href: href(["events"], { doc: h.doc_id }), class: "muted" }, "events from this article"),
        ),
      ),
    ),
  );
};

/** The store marks matches in snippets as `[word]`: those become `<mark>`s, the rest plain text. */
export function snippetNodes(snippet: string): Node[] {
  const out: Node[] = [];
  const re = /\[([^\][]*)\]/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    out.push(document.createTextNode(snippet.slice(last, m.index)));
    out.push(el("mark", {}, m[1] ?? ""));
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(snippet.slice(last)));
  return out;
}
