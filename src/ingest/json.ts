import type { ReadResult } from "./article.js";
import { articleFromRecord } from "./record.js";
import { oneLine, reject } from "./result.js";

/**
 * A `.json` file's text → results: one object (origin `path`), an array of objects or
 * `{ "articles": [...] }` (origin `path#N`, N counted from 1).
 * @example readJsonContent('[{"text":"Wang met Blinken."},{"title":"no body"}]', "a.json")
 * // → [article a.json#1, rejection a.json#2 (no-text)]
 */
export function readJsonContent(content: string, origin: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [reject(origin, "json", `invalid JSON: ${oneLine((error as Error).message)}`)];
  }
  const list = Array.isArray(value) ? value : articlesOf(value);
  if (!list) return [articleFromRecord(value, origin, "json")];
  if (list.length === 0) return [reject(origin, "empty", "the JSON holds an empty list of articles")];
  return list.map((item, i) => articleFromRecord(item, `${origin}#${i + 1}`, "json"));
}

function articlesOf(value: unknown): unknown[] | null {
  if (value && typeof value === "object" && "articles" in value && Array.isArray(value.articles)) {
    return value.articles;
  }
  return null;
}
