import { FURNITURE_RULES, type FurnitureRule } from "./furniture-rules.js";

/**
 * The rule that makes a whole line page furniture (navigation, a caption, a prompt, a byline), or null
 * for article prose.
 *
 * @example furnitureRule("Photo: Reuters")?.id // "furniture.caption"
 * @example furnitureRule("Photographs showed the balloon over Montana.") // null
 */
export function furnitureRule(line: string): FurnitureRule | null {
  const text = line.trim();
  if (text.length === 0) return null;
  let words = -1;
  for (const rule of FURNITURE_RULES) {
    if (!rule.pattern.test(text)) continue;
    if (rule.maxWords !== undefined) {
      if (words === -1) words = text.split(/\s+/).length;
      if (words > rule.maxWords) continue;
    }
    return rule;
  }
  return null;
}

/**
 * A link title: a short line with no closing punctuation, as listed after `Read more:`.
 *
 * @example isLinkTitle("Blinken meets Xi Jinping in Beijing") // true
 */
export function isLinkTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.split(/\s+/).length <= 16 && !/[.!?:;]["”’)]?$/.test(text);
}

/**
 * An all-caps subheading (`EMPHASIS ON THE TAIWAN ISSUE`): it restates the prose below it.
 *
 * @example isShoutedHeading("TAIWAN REMAINS THE CORE ISSUE") // true
 */
export function isShoutedHeading(line: string): boolean {
  if (line.length >= 160 || /\p{Ll}/u.test(line)) return false; // prose fails fast, on its second letter
  return (line.match(/\p{L}/gu)?.length ?? 0) >= 8 && /\p{Lu}/u.test(line);
}
