import type { Migration } from "./migrations.js";

/**
 * Imported knowledge-base entries (`annals kb import`), one row per source and actor or agent, so a
 * source can be replaced whole. Aliases, roles and forms are JSON arrays: they are read back whole
 * when a run builds its knowledge base, never queried inside.
 */
export const KB_MIGRATION: Migration = {
  version: 4,
  name: "kb-imports",
  up: `
    CREATE TABLE kb_actors (
      source TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      country TEXT,
      sector TEXT,
      aliases TEXT NOT NULL DEFAULT '[]',
      roles TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (source, actor_id)
    ) WITHOUT ROWID;
    CREATE TABLE kb_agents (
      source TEXT NOT NULL,
      noun TEXT NOT NULL,
      code TEXT NOT NULL,
      position TEXT NOT NULL CHECK (position IN ('suffix', 'prefix')),
      sector TEXT,
      forms TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (source, noun, code, position)
    ) WITHOUT ROWID;
  `,
};
