import type { EntityMention } from "../../doc/layers.js";

/** ` delegation led by former treasury secretary `: a body named by its country, then who leads it. */
const LED_BY =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:delegation|team|mission|group|party)\s+(?:led|headed)\s+by\s+(?:[^,;.]{0,60}\s)?$/u;

/**
 * `held talks with an American delegation led by Lawrence Summers`: a delegation named by its
 * country is that country only when no one is said to lead it; the leader named after `led by`
 * stands for it (a former official's delegation is not the state). The participants with each
 * such country word replaced by its leader.
 */
export function ledBy(group: readonly EntityMention[], all: readonly EntityMention[], text: string): EntityMention[] {
  return group.map((p) => {
    if (p.type !== "NORP" && p.type !== "GPE") return p;
    const leader = all.find((q) => q.type === "PERSON" && q.start > p.end && LED_BY.test(text.slice(p.end, q.start)));
    return leader ?? p;
  });
}
