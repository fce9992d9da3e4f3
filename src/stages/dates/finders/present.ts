/**
 * The present: "now", "currently", "at present", "nowadays". TimeML calls it PRESENT_REF; here it
 * resolves to the publication day. Not "now-former", nor "now" inside "from now on"/"until now",
 * which are spans of time rather than a point.
 */

import { type PatternRow, scanRows } from "./scan.js";
import type { Candidate, DateContext } from "../types.js";

const ROWS: PatternRow[] = [
  {
    pattern: /\b(?:now|currently|nowadays|at\s+present)\b(?![-–])/gi,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (/\b(?:until|till|from|by|than|since|for)\s+$/.test(before)) return null;
      return { anchor: { kind: "present" }, rule: "dates.present" };
    },
  },
];

export function findPresentRefs(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
