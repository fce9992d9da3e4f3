import type { Database } from "better-sqlite3";
import type { ActorKind, ActorRecord, RoleRecord } from "../../model/records.js";
import { normalizeName } from "../ids.js";

interface ActorRow {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  mention_count: number;
}

interface RoleRow extends Omit<RoleRecord, "evidence" | "source"> {
  role_id: number;
  source: string | null;
}

/** Reads actors with their aliases (most frequent first) and their roles with evidence. */
export interface ActorQueries {
  /** Most mentioned first, then by name. */
  list(filter: { limit?: number; offset?: number; kind?: ActorKind }): ActorRecord[];
  /** By actor id, else by name or alias (case and accents ignored), the most mentioned winning. */
  find(nameOrId: string): ActorRecord | null;
  eventCounts(actorId: string): { as_actor: number; as_recipient: number };
}

/** Builds the actor readers over `db`. */
export function createActorQueries(db: Database): ActorQueries {
  const columns = "a.actor_id, a.name, a.kind, a.country, a.mention_count";
  const list = db.prepare<[{ kind: string | null; limit: number; offset: number }], ActorRow>(`SELECT ${columns}
    FROM actors a WHERE @kind IS NULL OR a.kind = @kind
    ORDER BY a.mention_count DESC, a.name, a.actor_id LIMIT @limit OFFSET @offset`);
  const find = db.prepare<[{ id: string; norm: string }], ActorRow>(`SELECT ${columns} FROM actors a
    WHERE a.actor_id = @id OR a.name_norm = @norm
      OR a.actor_id IN (SELECT actor_id FROM aliases WHERE alias_norm = @norm)
    ORDER BY a.actor_id = @id DESC, a.mention_count DESC, a.name, a.actor_id LIMIT 1`);
  const aliases = db.prepare<[string], { alias: string }>(
    "SELECT alias FROM aliases WHERE actor_id = ? ORDER BY count DESC, alias",
  );
  const roles = db.prepare<[string], RoleRow>(`SELECT role_id, title, organization, country, sector, start, "end",
      basis, source
    FROM roles WHERE actor_id = ? ORDER BY start IS NULL, start, title, role_id`);
  const evidence = db.prepare<[number], { body: string }>(
    "SELECT body FROM role_evidence WHERE role_id = ? ORDER BY rowid",
  );
  const toRole = ({ role_id, source, ...rest }: RoleRow): RoleRecord => ({
    ...rest,
    evidence: evidence.all(role_id).map((e) => JSON.parse(e.body)),
    ...(source === null ? {} : { source }),
  });
  const sides = db.prepare<[string], { side: string; n: number }>(
    "SELECT side, count(DISTINCT event_id) AS n FROM event_actors WHERE actor_id = ? GROUP BY side",
  );

  const record = (row: ActorRow): ActorRecord => ({
    actor_id: row.actor_id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    aliases: aliases.all(row.actor_id).map((a) => a.alias),
    roles: roles.all(row.actor_id).map(toRole),
    mention_count: row.mention_count,
  });

  return {
    list: (filter) =>
      list.all({ kind: filter.kind ?? null, limit: filter.limit ?? -1, offset: filter.offset ?? 0 }).map(record),
    find(nameOrId) {
      const row = find.get({ id: nameOrId.trim(), norm: normalizeName(nameOrId) });
      return row ? record(row) : null;
    },
    eventCounts(actorId) {
      const counts = { as_actor: 0, as_recipient: 0 };
      for (const { side, n } of sides.all(actorId)) {
        if (side === "actor") counts.as_actor = n;
        else counts.as_recipient = n;
      }
      return counts;
    },
  };
}
