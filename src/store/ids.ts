import { createHash } from "node:crypto";

/**
 * Identifiers shared by every store implementation, so a document or an event keeps its id
 * whichever backend stored it.
 */

const HEX = /^[0-9a-f]{12,}$/i;

/**
 * The document id for a content hash: `doc_` + the first `length` hex digits of the hash (12 by
 * default). A hash that is not plain hex (e.g. `sha256:…`) is hashed again with SHA-1 first.
 *
 * @example documentId("9f86d081884c7d65…") === "doc_9f86d081884c"
 */
export function documentId(contentHash: string, length = 12): string {
  const hex = HEX.test(contentHash) ? contentHash.toLowerCase() : sha1(contentHash);
  return `doc_${hex.slice(0, length)}`;
}

/** Ids of recent merge keys: regrouping asks for the same few again and again. */
const eventIds = new Map<string, string>();

/**
 * The stable id of a canonical event: `ev_` + 12 hex digits of SHA-1 of its merge key.
 *
 * @example eventId("consult|qin-gang|antony-blinken|2023-06-18") // "ev_…" (same key, same id)
 */
export function eventId(mergeKey: string): string {
  let id = eventIds.get(mergeKey);
  if (!id) {
    if (eventIds.size >= 50_000) eventIds.clear();
    id = `ev_${sha1(mergeKey).slice(0, 12)}`;
    eventIds.set(mergeKey, id);
  }
  return id;
}

/**
 * How names and aliases are compared: accents stripped, lower case, spaces collapsed.
 *
 * @example normalizeName("  Qín  GANG ") === "qin gang"
 */
export function normalizeName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}
