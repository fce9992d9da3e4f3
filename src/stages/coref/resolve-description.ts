import type { EntityMention } from "../../doc/layers.js";
import { firstFrom } from "./bisect.js";
import type { Discourse, PersonMention } from "./discourse.js";
import { nameFits, titleFits } from "./heads.js";
import type { Resolution } from "./resolve-pronoun.js";
import type { CorefCandidate, Want } from "./types.js";

/**
 * The most recent person before a description whose title fits it: a title the article states
 * (`Foreign Minister Qin Gang` → `the minister`) or a role the knowledge base gives on the
 * publication date (`Antony Blinken` → `the secretary`), and the description's country if it names
 * one (`the US diplomat`). Nobody fits: null.
 *
 * @example resolveDescription(theMinister, { kind: "description", head: "minister", qualifiers: [], country: null }, d) // Qin Gang, "title"
 */
export function resolveDescription(
  c: CorefCandidate,
  want: Extract<Want, { kind: "description" }>,
  d: Discourse,
): Resolution | null {
  const seen = new Set<string>();
  for (let j = firstFrom(d.persons, c.start) - 1; j >= 0; j--) {
    const p = d.persons[j] as PersonMention;
    if (seen.has(p.key)) continue;
    seen.add(p.key);
    // `Ancram said the foreign secretary had been shamed`: a description is not its own sentence's subject.
    if (p.sentence === c.sentence && p.focus) continue;
    const profile = d.profiles.get(p.key);
    if (!profile || (want.country && profile.country !== want.country)) continue;
    const fits = (title: string) => titleFits(title, want.head, want.qualifiers);
    if (profile.statedTitles.some(fits)) return { antecedents: [p.mention], how: "title" };
    if (profile.kbTitles.some(fits)) return { antecedents: [p.mention], how: "kb-role" };
  }
  return null;
}

/**
 * The most recent organisation before `the ministry`, `the department`, `the alliance` whose name
 * (in the article or the knowledge base) has the head noun, in the description's country if it names one.
 *
 * @example resolveOrganization(theMinistry, { kind: "organization", head: "ministry", qualifiers: [], country: null }, d) // China's Foreign Ministry
 */
export function resolveOrganization(
  c: CorefCandidate,
  want: Extract<Want, { kind: "organization" }>,
  d: Discourse,
): Resolution | null {
  for (let j = firstFrom(d.organizations, c.start) - 1; j >= 0; j--) {
    const org = d.organizations[j] as EntityMention;
    if (want.country && org.country !== want.country) continue;
    const name = `${org.text} ${d.kb.get(org.actorId ?? "")?.name ?? ""}`.toLowerCase();
    if (nameFits(name, want.head, want.qualifiers)) return { antecedents: [org], how: "name" };
  }
  return null;
}
