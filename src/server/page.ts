import type { Page } from "./api-types.js";

/** A page of `items`; `more` says whether rows follow it. */
export function pageOf<T>(items: T[], limit: number, offset: number, more: boolean): Page<T> {
  return { items, limit, offset, next_offset: more ? offset + items.length : null };
}
