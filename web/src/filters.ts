/**
 * The event filter form shared by the timeline and the events list. Submitting it changes the URL;
 * the view then re-renders from the URL, so filters are always shareable.
 */
import { getJson } from "./api.js";
import { el } from "./dom.js";
import { type Route, withParams } from "./router.js";
import type { ActorsPage } from "./types.js";

/** The 16 PLOVER event types (openeventdata/PLOVER), for the type field's suggestions; a copy of src/ontology/plover.ts, kept equal by src/e2e/web-ontology.test.ts. */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
];

/** The URL parameters the form edits; they are passed to the API as they are. */
export const FILTER_KEYS = ["actor", "dyad", "type", "from", "to", "q"] as const;

const DATE_PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

/** The filters of a route as an API query (only the keys the form knows). */
export function filterQuery(route: Route): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = route.params.get(key);
    if (v) out[key] = v;
  }
  return out;
}

/** Builds the form for `route`; submitting navigates to the same view with the new filters. */
export function filterForm(route: Route): HTMLFormElement {
  const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
    el("label", {}, label, el("input", { name, value: route.params.get(name) ?? "", autocomplete: "off", ...attrs }));
  const types = el("datalist", { id: "plover-types" }, ...PLOVER_TYPES.map((t) => el("option", { value: t })));
  const actors = el("datalist", { id: "actor-names" });
  const form = el(
    "form",
    { class: "filters", "aria-label": "Filters" },
    field("actor", "Actor", { list: "actor-names", placeholder: "name or code" }),
    field("dyad", "Dyad", { placeholder: "CHN,USA", size: "10" }),
    field("type", "Type", { list: "plover-types", placeholder: "CONSULT,AGREE", size: "12" }),
    field("from", "From", { placeholder: "2023-01", pattern: DATE_PATTERN, size: "10" }),
    field("to", "To", { placeholder: "2023-12-31", pattern: DATE_PATTERN, size: "10" }),
    field("q", "Text", { type: "search", placeholder: "words in the articles" }),
    el("button", { type: "submit" }, "Apply"),
    el(
      "a",
      { href: withParams(route, Object.fromEntries(FILTER_KEYS.map((k) => [k, null]))), class: "reset" },
      "Clear",
    ),
    types,
    actors,
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const changes: Record<string, string | null> = { offset: null };
    for (const key of FILTER_KEYS) changes[key] = String(data.get(key) ?? "").trim() || null;
    location.hash = withParams(route, changes);
  });
  form.addEventListener("focusin", () => void fillActorNames(actors), { once: true });
  return form;
}

/** Suggestions for actor fields, fetched once when the form is first used. */
export async function fillActorNames(list: HTMLDataListElement): Promise<void> {
  const page = await getJson<ActorsPage>("actors", { limit: 500 }).catch(() => null);
  for (const a of page?.items ?? []) list.appendChild(el("option", { value: a.actor_id }, a.name));
}
