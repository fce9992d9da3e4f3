import assert from "node:assert/strict";
import type { EventRecord } from "../../model/records.js";
import { documentId, eventId } from "../ids.js";
import type { Store } from "../store.js";
import { KEYS, storyBundles } from "./scenario.js";

/** Makes a fresh, empty store of the implementation under test. */
export type MakeStore = () => Promise<Store>;

/** Runs `body` on a fresh store and closes it whatever happens. */
export async function withStore(make: MakeStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await make();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

/** The document ids the four stories get, known from their content hashes. */
export function storyDocIds(): { a: string; b: string; c: string; d: string } {
  const bundles = storyBundles();
  return {
    a: documentId(bundles.a.document.content_hash),
    b: documentId(bundles.b.document.content_hash),
    c: documentId(bundles.c.document.content_hash),
    d: documentId(bundles.d.document.content_hash),
  };
}

/** Saves the stories (all four by default, in the order named) and checks each was created. */
export async function seedStories(store: Store, which: ("a" | "b" | "c" | "d")[] = ["a", "b", "c", "d"]) {
  const bundles = storyBundles();
  for (const name of which) {
    const result = await store.saveDocument(bundles[name]);
    assert.equal(result.created, true, `story ${name} stored`);
  }
}

/** The stable id of a story event by its name in KEYS. */
export function idOf(key: keyof typeof KEYS): string {
  return eventId(KEYS[key]);
}

/** Sorted event ids, for comparing sets of events. */
export function sortedIds(events: EventRecord[] | string[]): string[] {
  return events.map((e) => (typeof e === "string" ? e : e.id)).sort();
}

/** Asserts that every mention's text is what the stored document says at its offsets. */
export async function assertEvidenceHolds(store: Store, event: EventRecord): Promise<void> {
  assert.ok(event.mentions.length > 0, `${event.id} has evidence`);
  for (const m of event.mentions) {
    const doc = await store.getDocument(m.doc_id);
    assert.ok(doc, `mention points at stored document ${m.doc_id}`);
    assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
}
