import type { RelationsPoint } from "../store/store.js";

/**
 * Net cooperation of a period, in [-1, 1]: (cooperative − conflictual events) / all events.
 * Material acts weigh double verbal ones, as in the quad-class tradition of event data.
 */
export function netCooperation(p: RelationsPoint): number {
  const coop = p.verbal_cooperation + 2 * p.material_cooperation;
  const conflict = p.verbal_conflict + 2 * p.material_conflict;
  const total = coop + conflict;
  return total === 0 ? 0 : Math.round(((coop - conflict) / total) * 100) / 100;
}
