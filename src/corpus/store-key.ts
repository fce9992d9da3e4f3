import type { EventRecord } from "../model/records.js";
import { mergeKey } from "./merge-key.js";

const COUNTRY_ID = /^[A-Z]{3}$/;

/**
 * The merge key an event is stored under. An undated event whose participants are countries alone
 * ("the two sides agreed…") names no one real event: two articles saying so may speak of different
 * agreements, so its key is kept to its own document (by content hash). Every other event keys
 * across articles as `mergeKey` says.
 *
 * @example storeKey(undatedChinaUsAgreement, hash) // "AGREE|CHN+USA||reported|doc:3f2a…"
 */
export function storeKey(event: EventRecord, contentHash: string): string {
  const sides = [...event.actors, ...event.recipients];
  const countriesAlone = sides.length > 0 && sides.every((a) => COUNTRY_ID.test(a.actor_id));
  const key = mergeKey(event);
  return event.date === null && countriesAlone ? `${key}|doc:${contentHash.slice(0, 16)}` : key;
}
