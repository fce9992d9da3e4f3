import type { RoleEvidence, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";
import type { ActorObservation } from "../store.js";
import type { WriteStatements } from "./write-statements.js";

/**
 * Adds one document's actor observations: mention counts and alias counts accumulate, and a role
 * already known (same actor, title, organization, start and basis) gains this document's evidence.
 */
export function saveActors(s: WriteStatements, actors: ActorObservation[], docId: string): void {
  for (const actor of actors) {
    s.upsertActor.run({
      actor_id: actor.actor_id,
      name: actor.name,
      name_norm: normalizeName(actor.name),
      kind: actor.kind,
      country: actor.country ?? null,
      mention_count: actor.mention_count,
    });
    for (const { alias, count } of actor.aliases) {
      s.upsertAlias.run({ actor_id: actor.actor_id, alias, alias_norm: normalizeName(alias), count });
    }
    for (const role of actor.roles) saveRole(s, actor.actor_id, role, docId);
  }
}

function saveRole(s: WriteStatements, actorId: string, role: RoleRecord, docId: string): void {
  // evidence in a bundle points at this document, whose id was unknown when it was built ("")
  const evidence = role.evidence.map((e) => ({ ...e, doc_id: e.doc_id || docId }));
  const row = {
    actor_id: actorId,
    title: role.title,
    organization: role.organization ?? null,
    country: role.country ?? null,
    sector: role.sector ?? null,
    start: role.start ?? null,
    end: role.end ?? null,
    basis: role.basis,
    source: role.source ?? null,
  };
  const stored = s.findRole.get(row);
  if (!stored) {
    s.insertRole.run({ ...row, evidence: JSON.stringify(evidence) });
    return;
  }
  const known = JSON.parse(stored.evidence) as RoleEvidence[];
  const seen = new Set(known.map(evidenceKey));
  const added = evidence.filter((e) => !seen.has(evidenceKey(e)));
  // a knowledge-base role named again with nothing new (the common case) is not rewritten
  const fills = (["end", "country", "sector", "source"] as const).some((k) => stored[k] === null && row[k] !== null);
  if (added.length === 0 && !fills) return;
  s.updateRole.run({ ...row, role_id: stored.role_id, evidence: JSON.stringify([...known, ...added]) });
}

function evidenceKey(e: RoleEvidence): string {
  return `${e.doc_id}:${e.start}:${e.end}`;
}
