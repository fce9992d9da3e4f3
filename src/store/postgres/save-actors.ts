import type pg from "pg";
import type { RoleEvidence, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";
import { evidenceKey, evidenceToAdd, roleEvidence, roleFills, roleRow, type StoredRoleFields } from "../role-write.js";
import type { ActorObservation } from "../store.js";
import { rows } from "./sql.js";

/**
 * Adds one document's actor observations: mention counts and alias counts accumulate, and a role
 * already known (same actor, title, organization, start and basis) gains this document's evidence.
 * Actors are written in id order, so two writers never lock the same rows in opposite orders.
 */
export async function saveActors(client: pg.PoolClient, actors: ActorObservation[], docId: string): Promise<void> {
  const sorted = [...actors].sort((a, b) => (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0));
  for (const actor of sorted) {
    await rows(
      client,
      `INSERT INTO actors (actor_id, name, name_norm, kind, country, mention_count)
       VALUES (@actor_id, @name, @name_norm, @kind, @country, @mention_count)
       ON CONFLICT (actor_id) DO UPDATE SET mention_count = actors.mention_count + excluded.mention_count,
         country = coalesce(actors.country, excluded.country)`,
      {
        actor_id: actor.actor_id,
        name: actor.name,
        name_norm: normalizeName(actor.name),
        kind: actor.kind,
        country: actor.country ?? null,
        mention_count: actor.mention_count,
      },
    );
    if (actor.aliases.length > 0) {
      await rows(
        client,
        `INSERT INTO aliases (actor_id, alias, alias_norm, count)
         SELECT @actor_id, * FROM unnest(@alias::text[], @norm::text[], @count::int[])
         ON CONFLICT (actor_id, alias) DO UPDATE SET count = aliases.count + excluded.count`,
        {
          actor_id: actor.actor_id,
          alias: actor.aliases.map((a) => a.alias),
          norm: actor.aliases.map((a) => normalizeName(a.alias)),
          count: actor.aliases.map((a) => a.count),
        },
      );
    }
    for (const role of actor.roles) await saveRole(client, actor.actor_id, role, docId);
  }
}

async function saveRole(client: pg.PoolClient, actorId: string, role: RoleRecord, docId: string): Promise<void> {
  const evidence = roleEvidence(role, docId);
  const row = roleRow(actorId, role);
  const [stored] = await rows<StoredRoleFields & { role_id: string }>(
    client,
    `SELECT role_id, "end", country, sector, source FROM roles WHERE actor_id = @actor_id AND title = @title
       AND organization IS NOT DISTINCT FROM @organization::text AND start IS NOT DISTINCT FROM @start::text
       AND basis = @basis FOR UPDATE`,
    { actor_id: row.actor_id, title: row.title, organization: row.organization, start: row.start, basis: row.basis },
  );
  if (!stored) {
    const [created] = await rows<{ role_id: string }>(
      client,
      `INSERT INTO roles (actor_id, title, organization, country, sector, start, "end", basis, source)
       VALUES (@actor_id, @title, @organization, @country, @sector, @start, @end, @basis, @source) RETURNING role_id`,
      row,
    );
    if (created) await addEvidence(client, created.role_id, evidence);
    return;
  }
  if (roleFills(stored, row))
    await rows(
      client,
      `UPDATE roles SET "end" = coalesce("end", @end), country = coalesce(country, @country),
         sector = coalesce(sector, @sector), source = coalesce(source, @source) WHERE role_id = @role_id`,
      { role_id: stored.role_id, end: row.end, country: row.country, sector: row.sector, source: row.source },
    );
  const held = await rows<{ doc_id: string; start: number; end: number }>(
    client,
    `SELECT doc_id, start, "end" FROM role_evidence WHERE role_id = @role_id AND doc_id = ANY(@docs::text[])`,
    { role_id: stored.role_id, docs: [...new Set(evidence.map((e) => e.doc_id))] },
  );
  await addEvidence(client, stored.role_id, evidenceToAdd(evidence, new Set(held.map(evidenceKey))));
}

/** Appends spans to a role's evidence, in their order, with one statement. */
async function addEvidence(client: pg.PoolClient, roleId: string, evidence: readonly RoleEvidence[]): Promise<void> {
  if (evidence.length === 0) return;
  await rows(
    client,
    `INSERT INTO role_evidence (role_id, doc_id, start, "end", body)
     SELECT @role_id, e.doc_id, e.start, e."end", e.body
     FROM unnest(@doc_id::text[], @start::int[], @end::int[], @body::json[]) WITH ORDINALITY
       AS e (doc_id, start, "end", body, n) ORDER BY e.n`,
    {
      role_id: roleId,
      doc_id: evidence.map((e) => e.doc_id),
      start: evidence.map((e) => e.start),
      end: evidence.map((e) => e.end),
      body: evidence.map((e) => JSON.stringify(e)),
    },
  );
}
