import type { ReadResult } from "./article.js";
import { looksLikeFeed, readFeed } from "./feed.js";
import { readHtmlArticle } from "./html.js";
import { readJsonContent } from "./json.js";
import { accept, type Format, reject } from "./result.js";
import { sniffFormat } from "./sniff.js";
import { readTextArticle } from "./text.js";

/**
 * Decoded content of a whole-file format → results. (JSONL is streamed instead: see readJsonl.)
 * @example parseContent("text", "title: Talks\n\nWang met Blinken.", "a.txt") // → [article "Wang met Blinken."]
 */
export function parseContent(format: Exclude<Format, "jsonl">, content: string, origin: string): ReadResult[] {
  switch (format) {
    case "text":
      return [nonEmpty(readTextArticle(content, origin), "no article text after the header lines")];
    case "html":
      return [nonEmpty(readHtmlArticle(content, origin), "no text found in the page")];
    case "json":
      return readJsonContent(content, origin);
    case "feed":
      if (looksLikeFeed(content)) return readFeed(content, origin);
      // An .xml file may be XHTML: read it as a page.
      if (sniffFormat(content) === "html") return parseContent("html", content, origin);
      return [reject(origin, "unsupported", "XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF>)")];
  }
}

function nonEmpty(article: ReturnType<typeof readTextArticle>, reason: string): ReadResult {
  return article.text ? accept(article) : reject(article.origin, "no-text", reason);
}
