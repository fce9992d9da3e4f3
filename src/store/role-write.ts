import { packed } from "../model/packed.js";
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
  return packed(role.evidence, (e) => ({ ...e, doc_id: e.doc_id || docId }));
}

/** What a stored role's fields a later report may fill. */
export interface StoredRoleFields {
  end: string | null;
  country: string | null;
  sector: string | null;
  source: string | null;
}

/** The key a role's evidence span is known by: the same span of the same document is held once. */
export function evidenceKey(e: Pick<RoleEvidence, "doc_id" | "start" | "end">): string {
  return `${e.doc_id}:${e.start}:${e.end}`;
}

/**
 * The spans of `evidence` a stored role does not hold yet; `held` holds the keys (evidenceKey) of
 * those it holds among them. Spans of one report are all added, as they came.
 */
export function evidenceToAdd(evidence: readonly RoleEvidence[], held: ReadonlySet<string>): RoleEvidence[] {
  return evidence.filter((e) => !held.has(evidenceKey(e)));
}

/**
 * Whether a later report fills a field the stored role lacks, so the role row must be rewritten; a
 * role named again with nothing new (the common case) is left alone. Its evidence lives in rows of
 * its own (role_evidence), added without touching the role.
 */
export function roleFills(stored: StoredRoleFields, row: ReturnType<typeof roleRow>): boolean {
  return (["end", "country", "sector", "source"] as const).some((k) => stored[k] === null && row[k] !== null);
}
