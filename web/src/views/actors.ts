/** `#/actors?q&kind&offset`: actors by name or alias, most mentioned first. */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { href, withParams } from "../router.js";
import type { ActorsPage } from "../types.js";
import { loadInto, note, showLoading, type View } from "../view.js";

const PAGE = 100;
const KINDS = ["", "person", "country", "organization", "group"];

export const actorsView: View = async (route, root, signal) => {
  const q = route.params.get("q") ?? "";
  const kind = route.params.get("kind") ?? "";
  const offset = Number(route.params.get("offset") ?? 0) || 0;
  const box = el("input", { type: "search", name: "q", value: q, placeholder: "name or alias" });
  const select = el(
    "select",
    { name: "kind" },
    ...KINDS.map((k) => el("option", { value: k, selected: k === kind }, k || "any kind")),
  );
  const form = el("form", { class: "filters" }, box, select, el("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = href(["actors"], { q: box.value.trim(), kind: select.value });
  });
  const body = el("div");
  replace(root, el("h1", {}, "Actors"), form, body);
  showLoading(body);
  const page = await loadInto(body, getJson<ActorsPage>("actors", { q, kind, limit: PAGE, offset }, signal));
  if (!page || signal.aborted) return;
  if (page.items.length === 0) {
    replace(body, note("No actor matches."));
    return;
  }
  const rows = page.items.map((a) =>
    el(
      "tr",
      {},
      el("td", {}, el("a", { href: href(["actors", a.actor_id]) }, a.name)),
      el("td", {}, a.kind),
      el("td", {}, a.country ?? ""),
      el("td", { class: "aliases" }, a.aliases.filter((x) => x !== a.name).join(", ")),
      el("td", { class: "num" }, String(a.mention_count)),
    ),
  );
  const head = el("tr", {}, ...["Name", "Kind", "Country", "Also written", "Mentions"].map((h) => el("th", {}, h)));
  replace(
    body,
    el("table", { class: "grid" }, el("thead", {}, head), el("tbody", {}, ...rows)),
    page.next_offset !== null
      ? el("p", { class: "pager" }, el("a", { href: withParams(route, { offset: page.next_offset }) }, "next →"))
      : null,
  );
};
