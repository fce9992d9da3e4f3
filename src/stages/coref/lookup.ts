import type { CorefLink } from "../../doc/layers.js";
import { firstFrom } from "./bisect.js";

/**
 * The link of the `coref` layer (sorted by start) that starts exactly at `pos`, if any.
 *
 * @example linkStartingAt(doc.get("coref"), 31) // the link for "he" at 31
 */
export function linkStartingAt(links: readonly CorefLink[], pos: number): CorefLink | undefined {
  const link = links[firstFrom(links, pos)];
  return link?.start === pos ? link : undefined;
}

/**
 * The last link that ends at or before `pos` and starts at or after `from`: the nearest reference
 * before a position (`the minister` before `said`).
 *
 * @example linkEndingBefore(doc.get("coref"), 40, 20) // the link for "The minister" at 20–32
 */
export function linkEndingBefore(links: readonly CorefLink[], pos: number, from: number): CorefLink | undefined {
  for (let i = firstFrom(links, pos) - 1; i >= 0; i--) {
    const link = links[i] as CorefLink;
    if (link.start < from) return undefined;
    if (link.end <= pos) return link;
  }
  return undefined;
}
