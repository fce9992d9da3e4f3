import type { Database } from "better-sqlite3";
import type { ActorKind } from "../../model/records.js";
import type { KbActorEntry, KbAgentEntry, KbStore, Sourced } from "../kb-store.js";

interface KbActorRow {
  source: string;
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  aliases: string;
  roles: string;
}

interface KbAgentRow {
  source: string;
  noun: string;
  code: string;
  position: "suffix" | "prefix";
  sector: string | null;
  forms: string;
}

type SyncKbStore = { [K in keyof KbStore]: (...args: Parameters<KbStore[K]>) => Awaited<ReturnType<KbStore[K]>> };

/**
 * Reads and writes imported knowledge-base entries. Saving a source deletes what it gave before and
 * inserts the new entries in one transaction; an entry listed twice under one id keeps the last.
 */
export function createKbQueries(db: Database): SyncKbStore {
  const deleteActors = db.prepare<[string]>("DELETE FROM kb_actors WHERE source = ?");
  const insertActor = db.prepare<[KbActorRow]>(`INSERT OR REPLACE INTO kb_actors
    (source, actor_id, name, kind, country, sector, aliases, roles)
    VALUES (@source, @actor_id, @name, @kind, @country, @sector, @aliases, @roles)`);
  const listActors = db.prepare<[{ source: string | null }], KbActorRow>(`SELECT * FROM kb_actors
    WHERE @source IS NULL OR source = @source ORDER BY source, actor_id`);
  const deleteAgents = db.prepare<[string]>("DELETE FROM kb_agents WHERE source = ?");
  const insertAgent = db.prepare<[KbAgentRow]>(`INSERT OR REPLACE INTO kb_agents
    (source, noun, code, position, sector, forms) VALUES (@source, @noun, @code, @position, @sector, @forms)`);
  const countActors = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM kb_actors WHERE source = ?");
  const countAgents = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM kb_agents WHERE source = ?");
  const listAgents = db.prepare<[{ source: string | null }], KbAgentRow>(`SELECT * FROM kb_agents
    WHERE @source IS NULL OR source = @source ORDER BY source, noun, code`);

  const saveActors = db.transaction((entries: readonly KbActorEntry[], source: string) => {
    deleteActors.run(source);
    for (const e of entries) {
      insertActor.run({
        source,
        actor_id: e.actor_id,
        name: e.name,
        kind: e.kind,
        country: e.country ?? null,
        sector: e.sector ?? null,
        aliases: JSON.stringify(e.aliases),
        roles: JSON.stringify(e.roles),
      });
    }
    return countActors.get(source)?.n ?? 0;
  });
  const saveAgents = db.transaction((entries: readonly KbAgentEntry[], source: string) => {
    deleteAgents.run(source);
    for (const e of entries) {
      insertAgent.run({ ...e, source, sector: e.sector ?? null, forms: JSON.stringify(e.forms) });
    }
    return countAgents.get(source)?.n ?? 0;
  });

  return {
    saveKbActors: (entries, source) => saveActors.immediate(entries, source),
    listKbActors: (filter = {}) =>
      listActors.all({ source: filter.source ?? null }).map(
        (r): Sourced<KbActorEntry> => ({
          actor_id: r.actor_id,
          name: r.name,
          kind: r.kind,
          country: r.country,
          sector: r.sector,
          aliases: JSON.parse(r.aliases),
          roles: JSON.parse(r.roles),
          source: r.source,
        }),
      ),
    saveKbAgents: (entries, source) => saveAgents.immediate(entries, source),
    listKbAgents: (filter = {}) =>
      listAgents.all({ source: filter.source ?? null }).map(
        (r): Sourced<KbAgentEntry> => ({
          noun: r.noun,
          forms: JSON.parse(r.forms),
          code: r.code,
          position: r.position,
          sector: r.sector,
          source: r.source,
        }),
      ),
  };
}
