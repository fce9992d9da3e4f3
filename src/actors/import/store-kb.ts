import type { KbActorEntry, KbStore, Sourced } from "../../store/kb-store.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../kb.js";
import { extendKnowledgeBase } from "./extend.js";

/**
 * The knowledge base a run over `store` resolves with: the built-in one, extended with whatever
 * `annals kb import` put in the store. Read once per run (ingest), not per article.
 *
 * @example const kb = await knowledgeBaseFor(store); // the cached built-in one when nothing was imported
 */
export async function knowledgeBaseFor(store: KbStore): Promise<KnowledgeBase> {
  return knowledgeBaseFrom(await store.listKbActors());
}

/**
 * The built-in knowledge base extended with `imported` entries (as `listKbActors` returns them):
 * what an analysis worker thread builds from the entries its parent read from the store.
 */
export function knowledgeBaseFrom(imported: readonly Sourced<KbActorEntry>[]): KnowledgeBase {
  return imported.length === 0 ? loadKnowledgeBase() : extendKnowledgeBase(imported);
}
