/** `#/actors/:id`: who an actor is, the roles held over time, how often it acts, its recent events. */
import { getJson } from "../api.js";
import { el, replace } from "../dom.js";
import { eventList } from "../event-list.js";
import { plural } from "../format.js";
import { href } from "../router.js";
import type { ActorResponse } from "../types.js";
import { section, showLoading, type View } from "../view.js";
import { roleBars } from "./role-bars.js";

export const actorView: View = async (route, root, signal) => {
  const id = route.parts[1] ?? "";
  showLoading(root);
  const data = await getJson<ActorResponse>(`actors/${encodeURIComponent(id)}`, {}, signal);
  if (signal.aborted) return;
  const a = data.actor;
  const facts: [string, Node | string][] = [
    ["Kind", a.kind],
    ["Country", a.country ?? "—"],
    ["Id", a.actor_id],
    ["Also written", a.aliases.join(", ") || "—"],
    ["Mentions", String(a.mention_count)],
    ["As actor", plural(data.counts.as_actor, "event")],
    ["As recipient", plural(data.counts.as_recipient, "event")],
  ];
  const other = a.country && a.country !== a.actor_id ? a.country : "";
  replace(
    root,
    el("h1", {}, a.name),
    el("dl", { class: "coding" }, ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    el(
      "p",
      { class: "links" },
      el("a", { href: href(["timeline"], { actor: a.actor_id }) }, "Timeline"),
      el("a", { href: href(["events"], { actor: a.actor_id }) }, "All events"),
      el("a", { href: href(["relations"], { a: a.actor_id, b: other }) }, "Relations"),
    ),
    section(`Roles (${a.roles.length})`, roleBars(a.roles)),
    section("Recent events", eventList(data.events, "No events yet.")),
  );
};
