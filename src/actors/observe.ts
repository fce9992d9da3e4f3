import type { EntityMention, RoleMention } from "../doc/layers.js";
import { packed } from "../model/packed.js";
import type { RoleEvidence, RoleRecord } from "../model/records.js";
import { titleSector } from "../stages/entities/title-sector.js";
import type { ActorObservation } from "../store/store.js";
import { actorKindOf, type KnowledgeBase } from "./kb.js";
import type { KbActor } from "./kb-types.js";

/**
 * What one article says about its actors: the surface forms that resolved to each (misspellings
 * included), the knowledge base's roles, and roles read from titles bound to names, with evidence.
 */
export function observeActors(
  entities: readonly EntityMention[],
  roles: readonly RoleMention[],
  kb: KnowledgeBase,
  publishedAt: string | null,
  docId: string,
): ActorObservation[] {
  const byId = new Map<string, ActorObservation>();
  for (const e of entities) {
    if (!e.actorId) continue;
    const known = kb.get(e.actorId);
    let obs = byId.get(e.actorId);
    if (!obs) {
      obs = {
        actor_id: e.actorId,
        name: known?.name ?? e.text,
        kind: actorKindOf(known, e.type),
        country: known?.country ?? e.country,
        aliases: [],
        roles: kbRoles(known),
        mention_count: 0,
      };
      byId.set(e.actorId, obs);
    }
    obs.mention_count++;
    const alias = obs.aliases.find((a) => a.alias === e.text);
    if (alias) alias.count++;
    else obs.aliases.push({ alias: e.text, count: 1 });
    const title = e.title;
    const readInFull = title !== null && roles.some((r) => r.start <= title.start && title.end <= r.end);
    if (title && !readInFull && !GENERIC_TITLES.has(bareTitle(title.text)))
      obs.roles.push(roleFromTitle(e, publishedAt, docId));
  }
  for (const r of roles) {
    const obs = byId.get(r.actorId);
    if (!obs) continue;
    obs.roles.push({
      title: r.title,
      organization: null,
      country: r.country,
      sector: r.sector,
      start: r.since,
      end: null,
      basis: "text",
      evidence: [{ doc_id: docId, start: r.start, end: r.end, date: publishedAt, tense: r.tense }],
    });
  }
  return [...byId.values()];
}

/**
 * The knowledge base's roles of an actor, as observed roles. Pushed into a literal array rather than
 * mapped: every actor's roles then share one array class, whether the knowledge base gives any or
 * not, and roles read from titles are pushed after them; each role is assigned, not spread, since a
 * spread object given new fields gets a hidden class of its own (docs/performance.md).
 */
function kbRoles(known: KbActor | undefined): RoleRecord[] {
  const roles: RoleRecord[] = [];
  for (const r of known?.roles ?? [])
    roles.push(
      Object.assign({}, r, {
        basis: "kb" as const,
        evidence: packed<RoleEvidence>([]), // the array class of the text roles' evidence (model/packed.ts)
        source: r.source ?? known?.source ?? "kb",
      }),
    );
  return roles;
}

/** Words that describe a person without naming an office: `his counterpart Qin Gang`, `Minister Qin`. */
const GENERIC_TITLES = new Set([
  "counterpart",
  "official",
  "diplomat",
  "top diplomat",
  "leader",
  "minister",
  "secretary",
  "director",
  "chief",
  "head",
  "general",
]);

function bareTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/^(?:(?:former|new|incoming|outgoing|then|acting|current|top|senior|veteran)\s+)+/, "");
}

function roleFromTitle(e: EntityMention, publishedAt: string | null, docId: string): RoleRecord {
  const raw = e.title?.text ?? "";
  const former = /^former\s+/i.test(raw);
  const title = raw.replace(
    /^(?:(?:former|new|newly[ -]appointed|incoming|outgoing|then|acting|current|top|senior|veteran)\s+)+/i,
    "",
  );
  return {
    title: title.charAt(0).toUpperCase() + title.slice(1),
    organization: null,
    country: e.country,
    sector: former ? "ELI" : titleSector(title),
    start: null,
    end: former ? publishedAt : null,
    basis: "text",
    evidence: [{ doc_id: docId, start: e.title?.start ?? e.start, end: e.end, date: publishedAt }],
  };
}
