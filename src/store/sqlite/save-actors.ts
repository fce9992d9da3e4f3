import type { RoleEvidence, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";
import { evidenceKey, evidenceToAdd, roleEvidence, roleFills, roleRow } from "../role-write.js";
import type { ActorObservation } from "../store.js";
import type { WriteStatements } from "./write-statements.js";

/**
 * Adds one document's actor observations: mention counts and alias counts accumulate, and a role
 * already known (same actor, title, organization, start and basis) gains this document's evidence.
 */
export function saveActors(s: WriteStatements, actors: ActorObservation[], docId: string): void {
  for (const actor of actors) {
    const { actor_id, name } = actor;
    s.upsertActor.run(actor_id, name, normalizeName(name), actor.kind, actor.country ?? null, actor.mention_count);
    for (const { alias, count } of actor.aliases) s.upsertAlias.run(actor_id, alias, normalizeName(alias), count);
    for (const role of actor.roles) saveRole(s, actor.actor_id, role, docId);
  }
}

function saveRole(s: WriteStatements, actorId: string, role: RoleRecord, docId: string): void {
  const evidence = roleEvidence(role, docId);
  const row = roleRow(actorId, role);
  const stored = s.findRole.get(row);
  if (!stored) {
    addEvidence(s, Number(s.insertRole.run(row).lastInsertRowid), evidence);
    return;
  }
  if (roleFills(stored, row)) s.updateRole.run({ ...row, role_id: stored.role_id });
  addEvidence(s, stored.role_id, evidenceToAdd(evidence, heldSpans(s, stored.role_id, evidence)));
}

/** The keys of the spans among `evidence` the role already holds (read per document they cite). */
function heldSpans(s: WriteStatements, roleId: number, evidence: readonly RoleEvidence[]): Set<string> {
  const held = new Set<string>();
  for (const docId of new Set(evidence.map((e) => e.doc_id)))
    for (const span of s.roleSpansIn.all(roleId, docId)) held.add(evidenceKey(span));
  return held;
}

function addEvidence(s: WriteStatements, roleId: number, evidence: readonly RoleEvidence[]): void {
  for (const e of evidence) s.insertRoleEvidence.run(roleId, e.doc_id, e.start, e.end, JSON.stringify(e));
}
