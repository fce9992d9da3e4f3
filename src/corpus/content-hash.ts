import { createHash } from "node:crypto";

/**
 * The identity of an article: SHA-256 of its text with whitespace runs collapsed, so the same story
 * read twice (or re-saved with other line endings) is stored once.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}
