import type { PartialDate, QuadClass } from "../model/records.js";
import { periodOf } from "./periods.js";
import type { Period, RelationsPoint } from "./store.js";

/** What a relations series needs of one event. */
export interface RelationsEvent {
  id: string;
  date: PartialDate | null;
  quad: QuadClass;
  score: number;
}

/**
 * Groups a dyad's events by period: counts per quad class, total, mean score and the event ids
 * (in the order given), periods in ascending order. An event counts only in periods it can be
 * placed in (see `periodOf`): undated events never, a month-only event not in weeks or days.
 * Shared by every store so the series agree.
 */
export function aggregateRelations(events: Iterable<RelationsEvent>, by: Period): RelationsPoint[] {
  const points = new Map<string, RelationsPoint & { sum: number }>();
  for (const event of events) {
    const period = periodOf(event.date, by);
    if (period === null) continue;
    let point = points.get(period);
    if (!point) {
      point = {
        period,
        verbal_cooperation: 0,
        material_cooperation: 0,
        verbal_conflict: 0,
        material_conflict: 0,
        total: 0,
        mean_score: 0,
        event_ids: [],
        sum: 0,
      };
      points.set(period, point);
    }
    point[event.quad] += 1;
    point.total += 1;
    point.sum += event.score;
    point.event_ids.push(event.id);
  }
  return [...points.values()]
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
    .map(({ sum, ...point }) => ({ ...point, mean_score: sum / point.total }));
}
