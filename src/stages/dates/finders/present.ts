/**
 * The present: "now", "currently", "at present", "nowadays". TimeML calls it PRESENT_REF; here it
 * resolves to the publication day. Not "now-former", nor "until now" / "by now" / "from now on",
 * which are spans of time rather than a point ("eight years from now" keeps its "now", as TimeML does).
 */

import type { Candidate, DateContext } from "../types.js";
import { type PatternRow, scanRows } from "./scan.js";

const ROWS: PatternRow[] = [
  {
    pattern: /\b(?:now|currently|nowadays|at\s+present)\b(?![-–])/gi,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (/\b(?:until|till|by|than|since|for)\s+$/.test(before)) return null;
      if (/^\s+on\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      return { anchor: { kind: "present" }, rule: "dates.present" };
    },
  },
];

export function findPresentRefs(ctx: DateContext): Candidate[] {
  return scanRows(ctx.text, ROWS);
}
