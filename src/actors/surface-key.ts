import { tokenize } from "../stages/tokens/tokenize.js";

/**
 * The look-up key of a surface form: its tokens joined by spaces, as the tokenizer splits article
 * text (`U.S. State Department` → `U.S. State Department`, `China's` → `China 's`). A leading
 * `the` is dropped so `the White House` and `White House` share a key.
 */
export function surfaceKey(text: string): string {
  const tokens = tokenize(text, [{ start: 0, end: text.length, index: 0, furniture: false }]).map((t) => t.text);
  if (tokens[0]?.toLowerCase() === "the" && tokens.length > 1) tokens.shift();
  return tokens.join(" ");
}
