import type { KbAgentEntry, KbStore } from "../../store/kb-store.js";
import { toKbActors } from "./convert.js";
import { readDictionary } from "./read-dictionary.js";
import type { AgentEntry, SkippedLine } from "./types.js";

/** What importing one dictionary file did. */
export interface ImportSummary {
  file: string;
  /** The `source` its entries carry: `petrarch:<file name>`. */
  source: string;
  actors: number;
  variants: number;
  datedRoles: number;
  agents: number;
  /** Entries that name no actor: coded only `---` (PETRARCH's "not an actor"), or an office with no name. */
  left: number;
  skipped: SkippedLine[];
}

/** One agent per noun, code and position; the forms of repeated lines are joined. */
function uniqueAgents(entries: readonly AgentEntry[]): KbAgentEntry[] {
  const byKey = new Map<string, KbAgentEntry>();
  for (const { noun, forms, code, position, sector } of entries) {
    const key = `${noun}|${code}|${position}`;
    const seen = byKey.get(key);
    byKey.set(key, { noun, code, position, sector, forms: [...new Set([...(seen?.forms ?? []), ...forms])] });
  }
  return [...byKey.values()];
}

/**
 * Imports one PETRARCH/TABARI dictionary into the store's knowledge base, replacing whatever the
 * same file (by name) gave before.
 *
 * @example const s = await importPetrarchFile(store, "Phoenix.Countries.actors.txt"); s.actors // 18,000 or so
 */
export async function importPetrarchFile(store: KbStore, path: string): Promise<ImportSummary> {
  const read = await readDictionary(path);
  const source = `petrarch:${read.file}`;
  const summary = { file: read.file, source, actors: 0, variants: 0, datedRoles: 0, agents: 0, left: 0 };
  if (read.kind === "agents") {
    const agents = await store.saveKbAgents(uniqueAgents(read.entries), source);
    return { ...summary, agents, skipped: read.skipped };
  }
  const { actors, stats } = toKbActors(read.entries);
  await store.saveKbActors(actors, source);
  return { ...summary, ...stats, skipped: read.skipped };
}
