import type { EntityMention, Token } from "../../doc/layers.js";
import { firstFrom } from "./bisect.js";

const COUNTRY_ID = /^[A-Z]{3}$/;

/**
 * The country a country word stands for: `China`, `U.S.`, `Chinese`, `the Kremlin` (a metonym), or
 * null for anything else.
 *
 * @example countryOf({ type: "NORP", actorId: "CHN", … }) // "CHN"
 */
export function countryOf(e: EntityMention): string | null {
  if (e.type !== "GPE" && e.type !== "NORP") return null;
  return e.actorId && COUNTRY_ID.test(e.actorId) ? e.actorId : null;
}

/**
 * The entities of an article sorted by start, looked up by position without scanning them all.
 *
 * @example new EntityIndex(doc.get("entities")).startingAt(0) // the entity that opens the text
 */
export class EntityIndex {
  readonly sorted: readonly EntityMention[];
  readonly #byStart = new Map<number, EntityMention>();

  constructor(entities: readonly EntityMention[]) {
    this.sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const e of this.sorted) if (!this.#byStart.has(e.start)) this.#byStart.set(e.start, e);
  }

  /** The longest entity that starts exactly at `pos`. */
  startingAt(pos: number): EntityMention | undefined {
    return this.#byStart.get(pos);
  }

  /** The index of the first token at or after the end of `e`, searching from token `i`. */
  tokenAfter(tokens: readonly Token[], i: number, e: EntityMention): number {
    let k = i;
    while (k < tokens.length && (tokens[k] as Token).start < e.end) k++;
    return k;
  }

  /** True when some entity of one of `types` overlaps the span. */
  overlaps(span: { start: number; end: number }, types: readonly EntityMention["type"][]): boolean {
    // Entities are short: any overlapping one starts less than 200 characters before the span ends.
    for (let i = firstFrom(this.sorted, span.end) - 1; i >= 0; i--) {
      const e = this.sorted[i] as EntityMention;
      if (e.start < span.start - 200) break;
      if (e.end > span.start && types.includes(e.type)) return true;
    }
    return false;
  }
}
