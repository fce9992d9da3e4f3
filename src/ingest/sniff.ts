import { looksLikeFeed } from "./feed.js";
import type { Format } from "./result.js";

const BY_EXTENSION: Record<string, Format> = {
  ".txt": "text",
  ".md": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xml": "feed",
  ".rss": "feed",
  ".atom": "feed",
};

/** The extensions read, for messages: ".txt .md …". */
export const KNOWN_EXTENSIONS = Object.keys(BY_EXTENSION).join(" ");

/**
 * The format a file extension names, or null when unknown.
 * @example formatForExtension(".NDJSON") // → "jsonl"
 */
export function formatForExtension(ext: string): Format | null {
  return BY_EXTENSION[ext.toLowerCase()] ?? null;
}

/**
 * The format the start of some text shows: a feed or a page by its markup, JSON by its first
 * character (`{` → JSONL, `[` → JSON), or null when it is none of these (plain text).
 * @example sniffFormat('<?xml version="1.0"?><rss version="2.0">') // → "feed"
 */
export function sniffFormat(head: string): Format | null {
  const start = head
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 4096);
  if (start.startsWith("{")) return "jsonl";
  if (start.startsWith("[")) return "json";
  if (looksLikeFeed(start)) return "feed";
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)[\s>]/i.test(start)) {
    return "html";
  }
  return null;
}
