/**
 * Sentences that state a role, as data with ids. `role` is the role phrase; the subject is found to the
 * left of the match, and the date (for `since: true`) is the first time expression after the phrase in
 * the same clause.
 */
export interface RolePattern {
  id: string;
  re: RegExp;
  /** Words every match holds: an article without them is not scanned sentence by sentence. */
  cue: RegExp;
  tense: "current" | "former" | "future";
  /** The clause dates the role's start (`since July 2021`, `in late July`, `in 2018`). */
  since: boolean;
  /** The role phrase runs up to the next person's name (`will succeed State Councilor and Foreign Minister Wang Yi`). */
  untilPerson?: boolean;
}

const ROLE = "(?<role>[^,.;:]{3,110}?)";
const END = String.raw`(?=[,.;:]|\s+(?:in|on|since|from|amid|after|when|as|while|before|where|and|but)\b|$)`;

export const ROLE_PATTERNS: readonly RolePattern[] = [
  // "He has served as China's ambassador to Washington since July 2021"
  {
    id: "roles.served-since",
    re: new RegExp(
      String.raw`\b(?:has |had |have )?(?:been )?serv(?:ed|ing) as (?=[^,.;:()]*\bsince\b)${ROLE}${END}`,
      "gi",
    ),
    cue: /serv(?:ed|ing) as /i,
    tense: "current",
    since: true,
  },
  // "Qin took over the key job of ambassador in the U.S. capital in late July"
  {
    id: "roles.took-over",
    re: new RegExp(
      String.raw`\btook over (?:as |the (?:\w+ )?(?:job|post|role|position|office|portfolio) (?:of |as ))?${ROLE}${END}`,
      "gi",
    ),
    cue: /took over /i,
    tense: "current",
    since: true,
  },
  // "was promoted to the deputy foreign minister position in 2018", "was appointed ambassador in March"
  {
    id: "roles.appointed",
    re: new RegExp(
      String.raw`\b(?:was|were|has been|had been|is) (?:appointed|named|promoted to|elevated to|elected|made|confirmed as|sworn in as|nominated as)\s+(?:as )?${ROLE}${END}`,
      "gi",
    ),
    cue: /(?:was|were|been|is) (?:appointed|named|promoted|elevated|elected|made|confirmed|sworn|nominated)/i,
    tense: "current",
    since: true,
  },
  // "Earlier, he also served as a spokesperson for China's Foreign Ministry"
  {
    id: "roles.served-as",
    re: new RegExp(
      String.raw`\b(?:also |previously |once |formerly |earlier )?served as (?![^,.;:()]*\bsince\b)(?:a |an |the )?${ROLE}(?=[,.;:]|\s+(?:and|but|before|until|when)\b|$)`,
      "gi",
    ),
    cue: /served as /i,
    tense: "former",
    since: false,
  },
  // "Qin, 56, will succeed State Councilor and Foreign Minister Wang Yi"
  {
    id: "roles.will-succeed",
    re: /\bwill (?:succeed|replace) /gi,
    cue: /will (?:succeed|replace) /i,
    tense: "future",
    since: false,
    untilPerson: true,
  },
];
