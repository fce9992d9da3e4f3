import { makeBundle } from "../fixtures.js";
import type { DocumentBundle } from "../store.js";
import { STORY_A, STORY_B } from "./story-call.js";
import { STORY_C, STORY_D } from "./story-others.js";

export { KEYS } from "./keys.js";

/** Fresh bundles for the four stories (fresh objects: a store must not rely on sharing them). */
export function storyBundles(): { a: DocumentBundle; b: DocumentBundle; c: DocumentBundle; d: DocumentBundle } {
  return { a: makeBundle(STORY_A), b: makeBundle(STORY_B), c: makeBundle(STORY_C), d: makeBundle(STORY_D) };
}
