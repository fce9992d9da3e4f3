/**
 * The nouns a description can end in, and what each asks of a title or a name. A new description is
 * a new row here, not a new branch in the finder.
 */

/** `the minister` → a person whose title matches (`Foreign Minister`, `Minister of National Defense`). */
export const PERSON_HEADS: ReadonlyMap<string, RegExp> = new Map([
  ["minister", /\bminister\b/],
  ["secretary", /\bsecretary\b/],
  ["ambassador", /\bambassador\b/],
  ["envoy", /\b(?:envoy|ambassador|special representative)\b/],
  ["spokesperson", /\bspokes(?:person|man|woman)\b/],
  ["spokesman", /\bspokes(?:person|man|woman)\b/],
  ["spokeswoman", /\bspokes(?:person|man|woman)\b/],
  ["president", /\bpresident\b/],
  ["premier", /\b(?:premier|prime minister)\b/],
  ["chancellor", /\bchancellor\b/],
  // "the Chinese leader": a head of state, government or party.
  ["leader", /\b(?:president|prime minister|premier|chancellor|general secretary|supreme leader|king|leader)\b/],
  // "the top diplomat", "the US diplomat": who runs or carries a country's foreign policy.
  [
    "diplomat",
    /\b(?:foreign (?:minister|secretary|affairs)|external affairs|secretary of state|ambassador|envoy|diplomat)\b/,
  ],
]);

/** `the ministry` → an organisation named earlier whose name has the word (`China's Foreign Ministry`). */
export const ORGANIZATION_HEADS: ReadonlyMap<string, RegExp> = new Map([
  ["ministry", /\bministry\b/],
  ["department", /\bdepartment\b/],
  ["embassy", /\bembassy\b/],
  ["agency", /\bagency\b/],
  ["commission", /\bcommission\b/],
  ["alliance", /\b(?:alliance|nato)\b/],
  ["bloc", /\b(?:union|eu|asean|brics|bloc)\b/],
]);

/**
 * Words between `the` and the head. Those with a pattern must be found in the title too
 * (`the foreign minister` is not the defence minister); those mapped to null only colour the noun.
 * Words not listed (`former`, `late`, `then`) stop the finder: a former minister is somebody else.
 */
export const QUALIFIERS: ReadonlyMap<string, RegExp | null> = new Map<string, RegExp | null>([
  ["foreign", /\b(?:foreign|external)\b/],
  ["defence", /\bdefen[cs]e\b/],
  ["defense", /\bdefen[cs]e\b/],
  ["prime", /\bprime\b/],
  ["finance", /\b(?:finance|treasury)\b/],
  ["treasury", /\b(?:finance|treasury)\b/],
  ["trade", /\b(?:trade|commerce)\b/],
  ["commerce", /\b(?:trade|commerce)\b/],
  ["deputy", /\bdeputy\b/],
  ["vice", /\bvice\b/],
  ["top", null],
  ["chief", null],
  ["senior", null],
  ["visiting", null],
  ["new", null],
  ["incoming", null],
  ["outgoing", null],
]);

/** Words that make a title another rank: `Vice President` is not `the president`, unless the description says so. */
const RANKS: readonly [string, RegExp][] = ["vice", "deputy", "prime", "general", "assistant", "under"].map((r) => [
  r,
  new RegExp(`\\b${r}\\b`),
]);

/**
 * True when a title (lower case) fits a description's head and qualifiers.
 *
 * @example titleFits("vice president", "president", []) // false
 * @example titleFits("foreign minister", "minister", ["foreign"]) // true
 */
export function titleFits(title: string, head: string, qualifiers: readonly string[]): boolean {
  const pattern = PERSON_HEADS.get(head);
  if (!pattern?.test(title)) return false;
  for (const q of qualifiers) {
    const needs = QUALIFIERS.get(q);
    if (needs && !needs.test(title)) return false;
  }
  const rest = title.replace(pattern, " ");
  return RANKS.every(([rank, word]) => qualifiers.includes(rank) || !word.test(rest));
}

/**
 * True when an organisation's name (lower case) fits a description's head and qualifiers.
 *
 * @example nameFits("china's foreign ministry", "ministry", ["foreign"]) // true
 */
export function nameFits(name: string, head: string, qualifiers: readonly string[]): boolean {
  if (!ORGANIZATION_HEADS.get(head)?.test(name)) return false;
  return qualifiers.every((q) => QUALIFIERS.get(q)?.test(name) ?? true);
}
