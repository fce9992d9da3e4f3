import type { CorefLink } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";
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
 * Every candidate resolved in text order; a pronoun or description resolved to a person joins the
 * discourse as a mention of them (a subject puts them in focus), so later pronouns can point through it.
 *
 * @example resolveAll([she, her], discourse) // "She said … and thanked her host": both → Penny Wong
 */
export function resolveAll(candidates: readonly CorefCandidate[], d: Discourse): CorefLink[] {
  return candidates.map((c) => {
    const link = resolveCandidate(c, d);
    const person = link.antecedents.length === 1 ? link.antecedents[0] : undefined;
    if (person && (c.want.kind === "pronoun" || c.want.kind === "description")) {
      const subject = c.want.kind === "description" || c.want.role === "subject";
      d.addReference(c, person, c.sentence, subject);
    }
    return link;
  });
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
    antecedents: packed(r?.antecedents ?? []), // one array class, even empty (model/packed.ts)
    rule: r ? `${c.rule}+${r.how}` : `${c.rule}+unresolved`,
  };
}
