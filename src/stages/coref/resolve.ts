import type { CorefLink } from "../../doc/layers.js";
import type { Discourse } from "./discourse.js";
import { resolveDescription, resolveOrganization } from "./resolve-description.js";
import { resolveGroup } from "./resolve-group.js";
import { type Resolution, resolvePronoun } from "./resolve-pronoun.js";
import { type CorefCandidate, linkKind } from "./types.js";

function resolutionOf(c: CorefCandidate, d: Discourse): Resolution | null {
  const want = c.want;
  switch (want.kind) {
    case "pronoun":
      return resolvePronoun(c, want, d);
    case "description":
      return resolveDescription(c, want, d);
    case "organization":
      return resolveOrganization(c, want, d);
    case "group":
      return resolveGroup(c, want, d);
    case "side":
      return { antecedents: [...want.countries], how: "named" };
  }
}

/**
 * A candidate resolved into a link of the `coref` layer; the rule says how (`coref.pronoun.he+focus`).
 * A mention nothing fits keeps its link, with no antecedents.
 *
 * @example resolveCandidate(he, discourse) // { text: "He", kind: "pronoun", antecedents: [Wang Yi], rule: "coref.pronoun.he+focus" }
 */
export function resolveCandidate(c: CorefCandidate, d: Discourse): CorefLink {
  const r = resolutionOf(c, d);
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    kind: linkKind(c.want),
    antecedents: r?.antecedents ?? [],
    rule: r ? `${c.rule}+${r.how}` : `${c.rule}+unresolved`,
  };
}
