import { isAsciiLower } from "./ascii.js";

/**
 * `text === text.toUpperCase()` without building the upper-cased copy where an ASCII character
 * settles it: a small letter a–z answers no, ASCII with none answers yes; other scripts ask
 * `toUpperCase`. Runs for every capitalised token, so the copy it saves matters.
 *
 * @example isUpperCased("NATO") // true
 * @example isUpperCased("Nato") // false
 */
export function isUpperCased(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLower(c)) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}
