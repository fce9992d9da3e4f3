import type { ActorKind, ActorRecord, RoleEvidence, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";
import { type Queryable, rows } from "./sql.js";

interface ActorRow {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  mention_count: number;
}

type RoleRow = Omit<RoleRecord, "source" | "evidence"> & { source: string | null; actor_id: string; role_id: string };

const COLUMNS = "a.actor_id, a.name, a.kind, a.country, a.mention_count";

/** Reads actors with their aliases (most frequent first) and their roles with evidence. */
export function createActorQueries(db: Queryable) {
  const records = async (actors: ActorRow[]): Promise<ActorRecord[]> => {
    if (actors.length === 0) return [];
    const ids = actors.map((a) => a.actor_id);
    const aliases = await rows<{ actor_id: string; alias: string }>(
      db,
      "SELECT actor_id, alias FROM aliases WHERE actor_id = ANY(@ids::text[]) ORDER BY count DESC, alias",
      { ids },
    );
    const roles = await rows<RoleRow>(
      db,
      `SELECT actor_id, role_id, title, organization, country, sector, start, "end", basis, source
       FROM roles WHERE actor_id = ANY(@ids::text[]) ORDER BY start, title, role_id`,
      { ids },
    );
    const evidence = new Map<string, RoleEvidence[]>();
    const spans = await rows<{ role_id: string; body: RoleEvidence }>(
      db,
      "SELECT role_id, body FROM role_evidence WHERE role_id = ANY(@roles::bigint[]) ORDER BY seq",
      { roles: roles.map((r) => r.role_id) },
    );
    for (const { role_id, body } of spans) {
      const known = evidence.get(role_id);
      if (known) known.push(body);
      else evidence.set(role_id, [body]);
    }
    return actors.map((a) => ({
      actor_id: a.actor_id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      aliases: aliases.filter((x) => x.actor_id === a.actor_id).map((x) => x.alias),
      roles: roles.filter((r) => r.actor_id === a.actor_id).map((r) => toRole(r, evidence.get(r.role_id) ?? [])),
      mention_count: a.mention_count,
    }));
  };
  return {
    /** Most mentioned first, then by name. */
    async list(filter: { limit?: number; offset?: number; kind?: ActorKind }): Promise<ActorRecord[]> {
      const found = await rows<ActorRow>(
        db,
        `SELECT ${COLUMNS} FROM actors a WHERE @kind::text IS NULL OR a.kind = @kind
         ORDER BY a.mention_count DESC, a.name, a.actor_id LIMIT @limit OFFSET @offset`,
        { kind: filter.kind ?? null, limit: filter.limit ?? null, offset: filter.offset ?? 0 },
      );
      return records(found);
    },
    /** By actor id, else by name or alias (case and accents ignored), the most mentioned winning. */
    async find(nameOrId: string): Promise<ActorRecord | null> {
      const found = await rows<ActorRow>(
        db,
        `SELECT ${COLUMNS} FROM actors a WHERE a.actor_id = @id OR a.name_norm = @norm
           OR a.actor_id IN (SELECT actor_id FROM aliases WHERE alias_norm = @norm)
         ORDER BY a.actor_id = @id DESC, a.mention_count DESC, a.name, a.actor_id LIMIT 1`,
        { id: nameOrId.trim(), norm: normalizeName(nameOrId) },
      );
      return (await records(found))[0] ?? null;
    },
    /** Count of events an actor takes part in, by side. */
    async eventCounts(actorId: string): Promise<{ as_actor: number; as_recipient: number }> {
      const sides = await rows<{ side: string; n: number }>(
        db,
        "SELECT side, count(DISTINCT event_id)::int AS n FROM event_actors WHERE actor_id = @actorId GROUP BY side",
        { actorId },
      );
      const counts = { as_actor: 0, as_recipient: 0 };
      for (const { side, n } of sides) counts[side === "actor" ? "as_actor" : "as_recipient"] = n;
      return counts;
    },
  };
}

function toRole(row: RoleRow, evidence: RoleEvidence[]): RoleRecord {
  const { source, actor_id: _, role_id: __, ...rest } = row;
  return { ...rest, evidence, ...(source === null ? {} : { source }) };
}
