import { firstFrom } from "./bisect.js";
import type { Discourse, PersonMention } from "./discourse.js";
import type { CorefCandidate, Want } from "./types.js";

/** How far back a pronoun looks, in sentences: beyond that a writer names the person again. */
const WINDOW = 4;

export interface Resolution {
  antecedents: PersonMention["mention"][];
  /** How the antecedent was chosen, appended to the finder's rule. */
  how: string;
}

/**
 * The people a pronoun may point at, best first, each with the reason: in its own sentence the
 * subject (`Wang said he …`) or, for an object, another person (`Wang met Blinken and thanked him`);
 * then the person in focus in the sentences before (the subject or speaker of the nearest one);
 * then anyone named recently.
 */
function rankedCandidates(c: CorefCandidate, role: string, d: Discourse): [PersonMention, string][] {
  const ranked: [PersonMention, string][] = [];
  const before: PersonMention[] = [];
  for (let j = firstFrom(d.persons, c.start) - 1; j >= 0; j--) {
    const p = d.persons[j] as PersonMention;
    if (p.sentence < c.sentence - WINDOW) break;
    before.push(p); // most recent first
  }
  const same = before.filter((p) => p.sentence === c.sentence);
  if (role === "object") {
    for (const p of same) if (!p.focus) ranked.push([p, "same-sentence-object"]);
  } else {
    const subject = same.filter((p) => p.focus).at(-1); // the earliest subject of the sentence
    if (subject) ranked.push([subject, "same-sentence-subject"]);
  }
  for (let s = c.sentence - 1; s >= c.sentence - WINDOW; s--) {
    const inSentence = before.filter((p) => p.sentence === s && p.focus);
    const subject = inSentence.at(-1);
    if (subject) ranked.push([subject, "focus"]);
  }
  for (const p of before) ranked.push([p, "recent"]);
  return ranked;
}

/**
 * The person a personal pronoun stands for, in rank order, never one the article shows to be of the
 * other gender (`Ms. Wong`, `Mr. Wang`). For `she` a woman the article names as such is preferred
 * to anyone of unknown gender: most officials in this news are men whose gender no honorific
 * reveals, so an unknown one is weak evidence for `she` (and the same preference for `he` would let
 * one `Mr.` outrank the subject of the sentence).
 *
 * @example resolvePronoun(he, { kind: "pronoun", gender: "male", role: "subject" }, discourse) // Wang Yi, "focus"
 */
export function resolvePronoun(
  c: CorefCandidate,
  want: Extract<Want, { kind: "pronoun" }>,
  d: Discourse,
): Resolution | null {
  const ranked = rankedCandidates(c, want.role, d);
  const genderOf = (p: PersonMention) => d.profiles.get(p.key)?.gender ?? null;
  const fits = ranked.filter(([p]) => genderOf(p) !== (want.gender === "male" ? "female" : "male"));
  const chosen = (want.gender === "female" ? fits.find(([p]) => genderOf(p) === "female") : undefined) ?? fits[0];
  if (!chosen) return null;
  const [person, how] = chosen;
  return { antecedents: [person.mention], how: genderOf(person) ? `${how}+gender` : how };
}
