import type { KbRole } from "../kb-types.js";
import { roleTitle } from "./cameo-actor.js";
import type { DictionaryCode } from "./types.js";

/** A role as the knowledge base keeps it; `source` names the dictionary it came from. */
export type ImportedRole = KbRole;

/**
 * The role a dated code gives: `[EGYMIL 770101-120812]` → Military (EGYMIL), EGY, MIL,
 * 1977-01-01 to 2012-08-12. An undated code is a role with open ends.
 */
export function roleOf(code: DictionaryCode): ImportedRole {
  return {
    title: roleTitle(code.code),
    organization: null,
    country: code.country,
    sector: code.sector,
    start: code.start,
    end: code.end,
  };
}

const undated = (r: { start: string | null; end: string | null }) => r.start === null && r.end === null;

/**
 * Roles in the order that makes the last one held on a date the most specific: undated roles
 * first (in TABARI an undated code is the default when no dated code applies: `[EGYELI]` after
 * Sisi's dated codes), then by start date. Event coding takes the last role held on the event's
 * date, so Sisi on 2015-05-31 is GOV, not ELI. Duplicates go.
 *
 * @example sortRoles([{ start: "2014-06-08", … }, { start: null, end: null, … }]) // the undated one first
 */
export function sortRoles<R extends { title: string; start: string | null; end: string | null }>(
  roles: readonly R[],
): R[] {
  const seen = new Set<string>();
  const unique = roles.filter((r) => {
    const key = `${r.title}|${r.start}|${r.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const u = Number(undated(b.r)) - Number(undated(a.r));
      return u || (a.r.start ?? "").localeCompare(b.r.start ?? "") || a.i - b.i;
    })
    .map(({ r }) => r);
}

/**
 * The code that stands for the entry as a whole (its country and sector): the first undated code,
 * else the one that starts last.
 */
export function primaryCode(codes: readonly DictionaryCode[]): DictionaryCode | undefined {
  return codes.find(undated) ?? [...codes].sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""))[0];
}
