import type { EventRecord } from "../../../model/records.js";
import { type ExpectedEvent, matchesExpected } from "./expected-event.js";

/**
 * Pairs expected events with coded events one to one, so that one coded event cannot stand for two
 * expected ones (an agreement and a planned meeting both coded as one AGREE). A maximum matching
 * (augmenting paths), tried in list order; returns expected id → index of its coded event.
 *
 * @example assignEvents([call, visit], events) // Map { "call" → 0 } when one event matches both
 */
export function assignEvents(expected: readonly ExpectedEvent[], events: readonly EventRecord[]): Map<string, number> {
  const fits = expected.map((e) => events.flatMap((ev, i) => (matchesExpected(ev, e) ? [i] : [])));
  const owner = new Array<number>(events.length).fill(-1);
  const place = (x: number, seen: Set<number>): boolean => {
    for (const i of fits[x] ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const holder = owner[i] ?? -1;
      if (holder < 0 || place(holder, seen)) {
        owner[i] = x;
        return true;
      }
    }
    return false;
  };
  for (let x = 0; x < expected.length; x++) place(x, new Set());
  const out = new Map<string, number>();
  owner.forEach((x, i) => {
    const e = x >= 0 ? expected[x] : undefined;
    if (e) out.set(e.id, i);
  });
  return out;
}
