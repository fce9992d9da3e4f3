import type { KbRole } from "../actors/kb-types.js";
import type { ActorKind } from "../model/records.js";

/** A dated role of an imported actor, as the knowledge base holds it (`basis` is always `kb`). */
export type KbRoleEntry = Omit<KbRole, "source">;

/** An actor imported into the knowledge base (`annals kb import`), before any article names it. */
export interface KbActorEntry {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  aliases: string[];
  roles: KbRoleEntry[];
}

/** An agent noun imported from a dictionary (`minister` → GOV). */
export interface KbAgentEntry {
  noun: string;
  forms: string[];
  code: string;
  position: "suffix" | "prefix";
  sector: string | null;
}

/** Where an imported entry came from: `petrarch:Phoenix.Countries.actors.txt`. */
export type Sourced<T> = T & { source: string };

/**
 * The store's share of the knowledge base: entries imported from outside dictionaries, kept per
 * source so importing the same file again replaces what it gave before.
 *
 * @example
 *   await store.saveKbActors(entries, "petrarch:Phoenix.Countries.actors.txt"); // replaces that file's entries
 *   const all = await store.listKbActors();
 */
export interface KbStore {
  /** Replaces every actor `source` gave with `entries` (one transaction); returns how many are stored. */
  saveKbActors(entries: readonly KbActorEntry[], source: string): Promise<number>;
  /** Imported actors, by source then actor id; only one source's with `filter.source`. */
  listKbActors(filter?: { source?: string }): Promise<Sourced<KbActorEntry>[]>;
  /** Replaces every agent `source` gave with `entries`; returns how many are stored. */
  saveKbAgents(entries: readonly KbAgentEntry[], source: string): Promise<number>;
  listKbAgents(filter?: { source?: string }): Promise<Sourced<KbAgentEntry>[]>;
}
