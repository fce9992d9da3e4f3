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
      point = { ...emptyPoint(period), sum: 0 };
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

/** A dyad's events of one date: counts per quad class, score sum in millionths (exact), ids in id order. */
export interface RelationsGroup {
  key: string;
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
  total: number;
  /** Sum of round(score × 1,000,000): integers add exactly, in any order, in any store. */
  micro_sum: number;
  event_ids: string[];
}

const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"] as const;

/** Groups single events by date, for merging with groups a store kept (`mergeGroups`). */
export function groupEvents(events: Iterable<RelationsEvent>): RelationsGroup[] {
  const groups = new Map<string, RelationsGroup>();
  for (const e of events) {
    if (e.date === null) continue;
    let group = groups.get(e.date);
    if (!group) {
      group = {
        key: e.date,
        verbal_cooperation: 0,
        material_cooperation: 0,
        verbal_conflict: 0,
        material_conflict: 0,
        total: 0,
        micro_sum: 0,
        event_ids: [],
      };
      groups.set(e.date, group);
    }
    group[e.quad] += 1;
    group.total += 1;
    group.micro_sum += Math.round(e.score * 1_000_000);
    group.event_ids.push(e.id);
  }
  for (const group of groups.values()) group.event_ids.sort();
  return [...groups.values()];
}

/**
 * The series from per-date groups (any order; a date may come in several groups of disjoint
 * events, e.g. from two sources): dates are placed in periods as `periodOf` places them, ids run by
 * date then id, and the mean score comes from the exact sums, so every store gives the same numbers.
 */
export function foldRelations(groups: Iterable<RelationsGroup>, by: Period): RelationsPoint[] {
  const dates = new Map<string, RelationsGroup>();
  for (const group of groups) {
    const same = dates.get(group.key);
    if (!same) {
      dates.set(group.key, group);
      continue;
    }
    const merged = { ...same, event_ids: [...same.event_ids, ...group.event_ids].sort() };
    for (const quad of QUADS) merged[quad] += group[quad];
    merged.total += group.total;
    merged.micro_sum += group.micro_sum;
    dates.set(group.key, merged);
  }
  const points = new Map<string, RelationsPoint & { micro: number }>();
  for (const group of [...dates.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const period = periodOf(group.key, by);
    if (period === null) continue;
    let point = points.get(period);
    if (!point) {
      point = { ...emptyPoint(period), micro: 0 };
      points.set(period, point);
    }
    for (const quad of QUADS) point[quad] += group[quad];
    point.total += group.total;
    point.micro += group.micro_sum;
    point.event_ids.push(...group.event_ids);
  }
  return [...points.values()].map(({ micro, ...point }) => ({ ...point, mean_score: micro / 1_000_000 / point.total }));
}

/** A period with nothing counted yet. */
function emptyPoint(period: string): RelationsPoint {
  return {
    period,
    verbal_cooperation: 0,
    material_cooperation: 0,
    verbal_conflict: 0,
    material_conflict: 0,
    total: 0,
    mean_score: 0,
    event_ids: [],
  };
}
