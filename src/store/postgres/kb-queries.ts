import type pg from "pg";
import type { KbActorEntry, KbAgentEntry, KbStore, Sourced } from "../kb-store.js";
import { rows } from "./sql.js";
import { inTransaction } from "./transaction.js";

/**
 * Imported knowledge-base entries. Saving a source deletes what it gave before and inserts the new
 * entries in one transaction; an entry listed twice under one id keeps the last.
 */
export function createKbQueries(pool: pg.Pool): KbStore {
  return {
    saveKbActors: (entries, source) =>
      inTransaction(pool, async (client) => {
        await rows(client, "DELETE FROM kb_actors WHERE source = @source", { source });
        const last = new Map(entries.map((e) => [e.actor_id, e]));
        const list = [...last.values()];
        await rows(
          client,
          `INSERT INTO kb_actors (source, actor_id, name, kind, country, sector, aliases, roles)
           SELECT @source, * FROM unnest(@id::text[], @name::text[], @kind::text[], @country::text[],
             @sector::text[], @aliases::json[], @roles::json[])`,
          {
            source,
            id: list.map((e) => e.actor_id),
            name: list.map((e) => e.name),
            kind: list.map((e) => e.kind),
            country: list.map((e) => e.country ?? null),
            sector: list.map((e) => e.sector ?? null),
            aliases: list.map((e) => JSON.stringify(e.aliases)),
            roles: list.map((e) => JSON.stringify(e.roles)),
          },
        );
        return list.length;
      }),
    async listKbActors(filter = {}) {
      const found = await rows<Sourced<KbActorEntry>>(
        pool,
        `SELECT actor_id, name, kind, country, sector, aliases, roles, source FROM kb_actors
         WHERE @source::text IS NULL OR source = @source ORDER BY source, actor_id`,
        { source: filter.source ?? null },
      );
      return found;
    },
    saveKbAgents: (entries, source) =>
      inTransaction(pool, async (client) => {
        await rows(client, "DELETE FROM kb_agents WHERE source = @source", { source });
        const last = new Map(entries.map((e) => [JSON.stringify([e.noun, e.code, e.position]), e]));
        const list = [...last.values()];
        await rows(
          client,
          `INSERT INTO kb_agents (source, noun, code, position, sector, forms)
           SELECT @source, * FROM unnest(@noun::text[], @code::text[], @position::text[], @sector::text[], @forms::json[])`,
          {
            source,
            noun: list.map((e) => e.noun),
            code: list.map((e) => e.code),
            position: list.map((e) => e.position),
            sector: list.map((e) => e.sector ?? null),
            forms: list.map((e) => JSON.stringify(e.forms)),
          },
        );
        return list.length;
      }),
    async listKbAgents(filter = {}) {
      return rows<Sourced<KbAgentEntry>>(
        pool,
        `SELECT noun, forms, code, position, sector, source FROM kb_agents
         WHERE @source::text IS NULL OR source = @source ORDER BY source, noun, code`,
        { source: filter.source ?? null },
      );
    },
  };
}
