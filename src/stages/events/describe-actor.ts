import { actorKindOf, type KnowledgeBase } from "../../actors/kb.js";
import type { EntityMention } from "../../doc/layers.js";
import type { EventActor } from "../../model/records.js";
import { titleSector } from "../entities/title-sector.js";

/**
 * An event participant as the event saw it. The role is the one the knowledge base says the actor
 * held on the event's date; failing that, the title the article bound to the name.
 */
export function describeActor(e: EntityMention, kb: KnowledgeBase, date: string | null): EventActor {
  const actor = e.actorId ? kb.get(e.actorId) : undefined;
  const roles = actor && date ? kb.rolesAt(actor.id, date) : [];
  const role = roles[roles.length - 1];
  // "Prisoners rioted": a group the article does not name (see unnamed-group.ts).
  const kind = e.rule === "events.unnamed-group" ? "group" : actorKindOf(actor, e.type);
  return {
    actor_id: e.actorId ?? "",
    name: actor?.name ?? e.text,
    kind,
    country: role?.country ?? actor?.country ?? e.country,
    sector: role?.sector ?? titleSector(e.title?.text) ?? actor?.sector ?? (kind === "country" ? "GOV" : null),
    role: role?.title ?? e.title?.text ?? null,
    text: e.text,
  };
}
