import type { CorefLink, EntityMention, Span } from "../../doc/layers.js";

export type Gender = "male" | "female";

/** What a referring mention asks of its antecedent; each finder proposes one kind. */
export type Want =
  /** `he`, `him`, `his`, `she`, `her`: a person of that gender (when known), by its grammatical role. */
  | { kind: "pronoun"; gender: Gender; role: "subject" | "object" | "possessive" }
  /** `the minister`, `the US diplomat`: a person whose title fits the head, qualifiers and country. */
  | { kind: "description"; head: string; qualifiers: readonly string[]; country: string | null }
  /** `the ministry`, `the alliance`: an organisation named earlier whose name fits the head. */
  | { kind: "organization"; head: string; qualifiers: readonly string[]; country: string | null }
  /** `the two sides`, `both countries`, `both leaders`: the pair in focus, as sides, countries or people. */
  | { kind: "group"; of: "sides" | "countries" | "persons" }
  /** `the U.S. side`, `the Chinese and Russian sides`: the countries named inside the mention. */
  | { kind: "side"; countries: readonly EntityMention[] };

/** A referring mention a finder proposed, before it is resolved against the article. */
export interface CorefCandidate extends Span {
  text: string;
  /** Index of the sentence the mention sits in. */
  sentence: number;
  rule: string;
  want: Want;
}

/**
 * The layer's kind for a candidate: an organisation description is a description.
 *
 * @example linkKind({ kind: "organization", head: "ministry", qualifiers: [], country: null }) // "description"
 */
export function linkKind(want: Want): CorefLink["kind"] {
  return want.kind === "organization" ? "description" : want.kind;
}
