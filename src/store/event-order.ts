import type { EventOrder } from "./store.js";

/**
 * The ORDER BY of a filter's `order` over `events e`, the same on both stores but for the date
 * order, which each store writes for its own NULL ordering (`byDate`). `-date`: most recent first,
 * undated last, then id; `support`: most documents first, then the most confident, then the most
 * recent (undated last), then id.
 */
export function eventOrderSql(order: EventOrder | undefined, byDate: string): string {
  if (order === "support")
    return "ORDER BY e.doc_count DESC, e.confidence DESC, e.date IS NULL, e.date DESC, e.event_id";
  return order === "-date" ? "ORDER BY e.date IS NULL, e.date DESC, e.event_id" : byDate;
}
