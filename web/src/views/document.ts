/** `#/documents/:id`: an article's text with its mentions highlighted, its events and messages. */
import { getJson } from "../api.js";
import { el, externalLink, replace } from "../dom.js";
import { eventList } from "../event-list.js";
import { formatDate } from "../format.js";
import { renderHighlighted } from "../highlight.js";
import { href } from "../router.js";
import type { DocumentResponse } from "../types.js";
import { section, showLoading, type View } from "../view.js";

export const documentView: View = async (route, root, signal) => {
  const id = route.parts[1] ?? "";
  showLoading(root);
  const data = await getJson<DocumentResponse>(`documents/${encodeURIComponent(id)}`, {}, signal);
  if (signal.aborted) return;
  const d = data.document;
  const spans = data.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    kind: m.type.toLowerCase(),
    title: `${m.type}${m.actor_id ? ` → ${m.actor_id}` : ""}${m.rule ? ` (${m.rule})` : ""}`,
  }));
  const types = [...new Set(data.mentions.map((m) => m.type))].sort();
  const inferred = data.inferred_date;
  replace(
    root,
    el("h1", {}, d.title ?? d.doc_id),
    el(
      "dl",
      { class: "coding" },
      ...meta("Source", d.source ?? "—"),
      ...meta("Published", d.published_at ? formatDate(d.published_at) : "undated"),
      ...(inferred && !d.published_at
        ? meta("Inferred date", `${formatDate(inferred.from)} – ${formatDate(inferred.to)} (from other articles)`)
        : []),
      ...meta("URL", d.url ? externalLink(d.url) : "—"),
      ...meta("Origin", `${d.origin} (${d.format}, ${d.language})`),
      ...meta("Id", d.doc_id),
    ),
    section(
      `Events (${data.events.length})`,
      eventList(data.events, "No events were coded in this article."),
      el("p", {}, el("a", { href: href(["events"], { doc: d.doc_id }) }, "as a filterable list")),
    ),
    section(
      "Text",
      el("p", { class: "legend" }, ...types.map((t) => el("mark", { class: `hl hl-${t.toLowerCase()}` }, t))),
      el("div", { class: "doc-text", "data-doc-id": d.doc_id }, renderHighlighted(d.text, spans)),
    ),
    data.messages.length
      ? section(
          `Messages (${data.messages.length})`,
          el(
            "ul",
            { class: "notes" },
            ...data.messages.map((m) =>
              el(
                "li",
                {},
                el("code", {}, `${m.stage}/${m.rule}`),
                ` ${m.reason} `,
                el("span", { class: "muted" }, `@${m.start}–${m.end}`),
              ),
            ),
          ),
        )
      : null,
  );
};

function meta(label: string, value: Node | string): HTMLElement[] {
  return [el("dt", {}, label), el("dd", {}, value)];
}
