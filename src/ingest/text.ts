import type { RawArticle } from "./article.js";
import { parseHeader } from "./header.js";
import { dateFromBody, dateFromValue, findStamp, topLines } from "./pubdate.js";

/**
 * A plain-text or Markdown article → RawArticle. Header lines are removed; everything after them is
 * kept as the text (title line, stamp and dateline included: they are part of the article).
 * The date comes from the `date`/`published:` header, else a stamp near the top, else a dated dateline.
 * @example
 * readTextArticle(" date 2023-01-02 BEIJING, Jan 2 (Agency) :Before flying…", "000.txt")
 * // → { text: "BEIJING, Jan 2 (Agency) :Before flying…", publishedAt: "2023-01-02", dateSource: "header", … }
 */
export function readTextArticle(content: string, origin: string): RawArticle {
  const { fields, bodyStart } = parseHeader(content);
  const text = content.slice(bodyStart).trim();
  const date = dateFromValue(fields.date, "header") ?? dateFromValue(fields.published, "header") ?? dateFromBody(text);
  return {
    origin,
    text,
    title: fields.title || guessTitle(text),
    source: fields.source || null,
    url: fields.url || null,
    externalId: null,
    publishedAt: date?.date ?? null,
    dateSource: date?.source ?? null,
    format: "text",
  };
}

/**
 * A title the text shows without a header: a Markdown `# Heading` first line, or a short first line
 * followed by a stamp (`Exclusive: Chinese ambassador says …\nUpdated 18:03, 01-Oct-2021`).
 * The line stays in the text; only the title field is filled.
 */
export function guessTitle(text: string): string | null {
  const [first, second] = topLines(text);
  if (!first) return null;
  const heading = /^#\s+(.+?)\s*#*$/.exec(first);
  if (heading?.[1]) return heading[1];
  const short = first.length <= 200 && !/[.:]$/.test(first);
  return short && second && findStamp([second]) ? first : null;
}
