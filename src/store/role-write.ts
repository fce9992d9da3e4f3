import type { RoleEvidence, RoleRecord } from "../model/records.js";

/** The columns a role is stored and found by, as both stores write them. */
export function roleRow(actorId: string, role: RoleRecord) {
  return {
    actor_id: actorId,
    title: role.title,
    organization: role.organization ?? null,
    country: role.country ?? null,
    sector: role.sector ?? null,
    start: role.start ?? null,
    end: role.end ?? null,
    basis: role.basis,
    source: role.source ?? null,
  };
}

/** A role's evidence as stored: a bundle's spans point at its own document, whose id was unknown when it was built (""). */
export function roleEvidence(role: RoleRecord, docId: string): RoleEvidence[] {
  return role.evidence.map((e) => ({ ...e, doc_id: e.doc_id || docId }));
}

/** What a stored role's fields a later report may fill. */
export interface StoredRoleFields {
  end: string | null;
  country: string | null;
  sector: string | null;
  source: string | null;
}

/**
 * The evidence a stored role gains from `evidence` (spans it does not hold yet), or null when the
 * report adds nothing: no new span and no field the stored role lacks. A role named again with
 * nothing new (the common case) need not be rewritten.
 */
export function roleUpdate(
  known: readonly RoleEvidence[],
  stored: StoredRoleFields,
  row: ReturnType<typeof roleRow>,
  evidence: readonly RoleEvidence[],
): RoleEvidence[] | null {
  const key = (e: RoleEvidence) => `${e.doc_id}:${e.start}:${e.end}`;
  const seen = new Set(known.map(key));
  const added = evidence.filter((e) => !seen.has(key(e)));
  const fills = (["end", "country", "sector", "source"] as const).some((k) => stored[k] === null && row[k] !== null);
  return added.length === 0 && !fills ? null : [...known, ...added];
}
