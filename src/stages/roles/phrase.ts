/** Words that head a role phrase: a phrase without one is not a role (`served as a bridge`). */
const HEADS =
  /\b(?:ambassador|minister|secretary|spokes(?:person|man|woman)|director|head|chief|president|premier|councill?or|envoy|advis[eo]r|governor|mayor|general|admiral|chair(?:man|woman|person)?|commissioner|representative|consul|diplomat|leader|boss|member)\b/i;

const LEADING =
  /^(?:(?:the|a|an|his|her|its|their|key|new|top|newly[ -]appointed|recently appointed|incoming|outgoing|acting)\s+)+/i;
const TRAILING = /\s+(?:position|post|role|job|office)$/i;
const POSSESSOR = /^(?<owner>[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)['’]s\s+/u;

export interface RolePhrase {
  title: string;
  /** The possessor before the title (`China's ambassador` → `China`), to be resolved to a country. */
  owner: string | null;
}

/**
 * The title inside a role phrase, cleaned of articles, possessors and trailing `position`:
 * `China's ambassador to Washington` → `ambassador to Washington`, owner `China`;
 * `the deputy foreign minister position` → `deputy foreign minister`. Null when no role word heads it.
 *
 * @example readRolePhrase("a spokesperson for China's Foreign Ministry") // { title: "spokesperson for China's Foreign Ministry", owner: null }
 */
export function readRolePhrase(phrase: string): RolePhrase | null {
  let text = phrase.trim().replace(LEADING, "");
  const possessor = POSSESSOR.exec(text);
  const owner = possessor?.groups?.owner ?? null;
  if (possessor) text = text.slice(possessor[0].length).replace(LEADING, "");
  text = text.replace(TRAILING, "").trim();
  if (!HEADS.test(text) || text.split(/\s+/).length > 16) return null;
  // A role phrase starts with its title words, not with a clause ("the talks with the minister").
  if (!HEADS.test(text.split(/\s+/).slice(0, 4).join(" "))) return null;
  return { title: text.charAt(0).toUpperCase() + text.slice(1), owner };
}
