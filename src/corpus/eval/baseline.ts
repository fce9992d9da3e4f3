import type { EventFeatures } from "../dedup/features.js";
import type { Clusters } from "./metrics.js";

/**
 * The same-lemma baseline: all mentions sharing a lemma form one cluster.
 * @example sameLemma([{ id: "a", lemma: "meet" }, { id: "b", lemma: "meet" }] as never) // [["a", "b"]]
 */
export function sameLemma(mentions: EventFeatures[]): Clusters {
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const g = groups.get(m.lemma);
    if (g) g.push(m.id);
    else groups.set(m.lemma, [m.id]);
  }
  return [...groups.values()];
}
