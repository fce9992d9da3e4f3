/** `#/events/:id`: the event's coding, then every source article with its evidence highlighted. */
import { getJson } from "../api.js";
import { el, externalLink, replace } from "../dom.js";
import { actorLabel, eventTitle, formatDate, formatRange, num, quadLabel } from "../format.js";
import { renderHighlighted } from "../highlight.js";
import { href } from "../router.js";
import type { EventRecord, EventResponse, EvidenceDocument } from "../types.js";
import { section, showLoading, type View } from "../view.js";

export const eventView: View = async (route, root, signal) => {
  const id = route.parts[1] ?? "";
  showLoading(root);
  const data = await getJson<EventResponse>(`events/${encodeURIComponent(id)}`, {}, signal);
  if (signal.aborted) return;
  const e = data.event;
  const notes = data.messages.map((m) =>
    el(
      "li",
      {},
      el("code", {}, m.rule),
      " ",
      m.reason,
      " ",
      el("a", { href: href(["documents", m.doc_id]) }, m.doc_id),
    ),
  );
  replace(
    root,
    el("h1", {}, eventTitle(e)),
    el("p", { class: "subtitle" }, formatRange(e.date, e.date_end), " · ", quadLabel(e.quad)),
    section("Coding", coding(e), dyadLinks(e)),
    notes.length ? section("Notes", el("ul", { class: "notes" }, ...notes)) : null,
    section(`Sources (${data.documents.length})`, legend(), ...data.documents.map((d) => sourceArticle(d, e.mentions))),
  );
};

function coding(e: EventRecord): HTMLElement {
  const rows: [string, Node | string][] = [
    ["Type", `${e.event_type}${e.mode ? ` · ${e.mode}` : ""}`],
    ["Context", e.context.join(", ") || "—"],
    ["Status", e.status],
    ["Actors", actorLinks(e.actors)],
    ["Recipients", e.recipients.length ? actorLinks(e.recipients) : "—"],
    ["Date", `${formatRange(e.date, e.date_end)} (${e.date_basis})`],
    ["Location", e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : "—"],
    ["CAMEO", e.cameo],
    ["Goldstein", num(e.goldstein)],
    ["Score", num(e.score)],
    ["Quad", quadLabel(e.quad)],
    ["Confidence", num(e.confidence)],
    ["Reports", String(e.doc_count)],
    [
      "Rules",
      el("span", {}, ...[...new Set(e.mentions.map((m) => m.rule))].map((r) => el("code", { class: "rule" }, r))),
    ],
  ];
  return el("dl", { class: "coding" }, ...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function actorLinks(actors: EventRecord["actors"]): HTMLElement {
  return el(
    "span",
    { class: "actors" },
    ...actors.map((a) =>
      el(
        "span",
        { class: "actor" },
        el("a", { href: href(["actors", a.actor_id]) }, actorLabel(a)),
        a.country ? el("span", { class: "muted" }, ` ${a.country}${a.sector ? `/${a.sector}` : ""}`) : null,
        a.text !== a.name ? el("span", { class: "muted" }, ` “${a.text}”`) : null,
      ),
    ),
  );
}

/** The same pair elsewhere: its timeline and its relations chart around the event's year. */
function dyadLinks(e: EventRecord): HTMLElement | null {
  const a = e.actors[0];
  const b = e.recipients[0] ?? e.actors[1];
  if (!a || !b) return null;
  const dyad = `${a.actor_id},${b.actor_id}`;
  return el(
    "p",
    { class: "links" },
    el("a", { href: href(["timeline"], { dyad }) }, `Timeline of ${a.name} and ${b.name}`),
    el("a", { href: href(["relations"], { a: a.actor_id, b: b.actor_id, by: "month" }) }, "Relations chart"),
  );
}

const KINDS = ["trigger", "actor", "recipient", "date", "location"] as const;

function legend(): HTMLElement {
  return el("p", { class: "legend" }, ...KINDS.map((k) => el("mark", { class: `hl hl-${k}` }, k)));
}

/** A source: its evidence sentences first (what to read), then the whole text with the spans marked. */
function sourceArticle(d: EvidenceDocument, mentions: EventRecord["mentions"]): HTMLElement {
  const spans = d.spans.map((s) => ({ ...s, title: `${s.kind}${s.rule ? `: ${s.rule}` : ""}` }));
  const quotes = mentions
    .filter((m) => m.doc_id === d.doc_id)
    .map((m) => el("blockquote", { class: "evidence" }, m.text, " ", el("code", { class: "rule" }, m.rule)));
  return el(
    "article",
    { class: "source", "data-doc-id": d.doc_id },
    el(
      "h3",
      {},
      el("a", { href: href(["documents", d.doc_id]) }, d.title ?? d.doc_id),
      el("span", { class: "muted" }, ` ${d.source ?? ""} · ${d.published_at ? formatDate(d.published_at) : "undated"}`),
    ),
    d.url ? el("p", { class: "muted url" }, externalLink(d.url)) : null,
    ...quotes,
    el("div", { class: "doc-text" }, renderHighlighted(d.text, spans)),
  );
}
