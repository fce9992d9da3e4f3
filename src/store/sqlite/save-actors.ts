import type { RoleEvidence, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";
import { roleEvidence, roleRow, roleUpdate } from "../role-write.js";
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
  const evidence = roleEvidence(role, docId);
  const row = roleRow(actorId, role);
  const stored = s.findRole.get(row);
  if (!stored) {
    s.insertRole.run({ ...row, evidence: JSON.stringify(evidence) });
    return;
  }
  const merged = roleUpdate(JSON.parse(stored.evidence) as RoleEvidence[], stored, row, evidence);
  if (merged) s.updateRole.run({ ...row, role_id: stored.role_id, evidence: JSON.stringify(merged) });
}
