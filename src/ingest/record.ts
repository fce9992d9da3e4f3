import type { ReadResult } from "./article.js";
import { htmlToText } from "./htmltext.js";
import { dateFromBody, dateFromValue } from "./pubdate.js";
import { accept, reject } from "./result.js";

const TEXT_KEYS = ["text", "body", "content", "story"];
const DATE_KEYS = ["date", "published", "pub_date", "publication_date", "publishedAt", "published_at"];
/** Text holding these tags is markup: `"<p>Wang met Blinken.</p>"`. */
const LOOKS_HTML = /<(?:p|div|br|article|section|span|a|h[1-6]|ul|ol|li|strong|em|b|i|blockquote)\b[^>]*>/i;

/**
 * One JSON object (a JSON file, an array element, a JSONL line) → article or rejection.
 * Text from `text|body|content|story` (markup extracted), date from `date|published|pub_date|…`
 * (else a stamp or dateline in the text), `id` → externalId, `source` as a string or `{ name }`.
 * @example
 * articleFromRecord({ id: 7, title: "Talks", date: "2023-06-19", text: "Wang met Blinken." }, "a.jsonl:1", "jsonl")
 * // → { kind: "article", article: { externalId: "7", publishedAt: "2023-06-19", dateSource: "json", … } }
 */
export function articleFromRecord(value: unknown, origin: string, format: "json" | "jsonl"): ReadResult {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return reject(origin, "json", `expected a JSON object, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const raw = TEXT_KEYS.map((key) => record[key]).find((v): v is string => typeof v === "string" && v.trim() !== "");
  const text = raw === undefined ? "" : LOOKS_HTML.test(raw) ? htmlToText(raw) : raw.replace(/\r\n?/g, "\n").trim();
  if (!text) return reject(origin, "no-text", `no text: none of ${TEXT_KEYS.join(", ")} holds any text`);
  const stated = DATE_KEYS.map((key) => dateFromValue(record[key], "json")).find((d) => d !== null);
  const date = stated ?? dateFromBody(text);
  return accept({
    origin,
    text,
    format,
    title: str(record.title),
    url: str(record.url) ?? str(record.link),
    source: str(record.source) ?? str((record.source as Record<string, unknown> | null)?.name),
    externalId: typeof record.id === "number" ? String(record.id) : str(record.id),
    publishedAt: date?.date ?? null,
    dateSource: date?.source ?? null,
  });
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}
