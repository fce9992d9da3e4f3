import { DomUtils, parseDocument } from "htmlparser2";
import type { RawArticle } from "./article.js";
import { metaDates, readMeta, timeValues } from "./htmlmeta.js";
import { type HtmlDocument, type HtmlElement, inlineText, nodesToText } from "./htmltext.js";
import { dateFromBody, dateFromValue, type PubDate } from "./pubdate.js";

/**
 * An HTML page → RawArticle. The text comes from the largest `<article>`, else `<main>`, else `<body>`;
 * title from og:title, `<title>` or the first `<h1>`; date from meta tags, a `<time datetime>` in the
 * article, then a stamp or dateline in the text; URL from og:url or the canonical link.
 * @example
 * readHtmlArticle('<title>Talks</title><article><p>BEIJING, June 19 (Xinhua) -- …</p></article>', "a.html")
 * // → { title: "Talks", text: "BEIJING, June 19 (Xinhua) -- …", publishedAt: null, format: "html", … }
 */
export function readHtmlArticle(html: string, origin: string): RawArticle {
  const doc = parseDocument(html);
  const meta = readMeta(doc);
  const content = pickContent(doc);
  const text = nodesToText(content.children);
  const date = pageDate(meta, content) ?? dateFromBody(text);
  return {
    origin,
    text,
    title: meta.get("og:title") ?? firstText(doc, "title") ?? firstText(doc, "h1"),
    source: meta.get("og:site_name") ?? null,
    url: meta.get("og:url") ?? canonicalUrl(doc),
    externalId: null,
    publishedAt: date?.date ?? null,
    dateSource: date?.source ?? null,
    format: "html",
  };
}

/** The element holding the article: the `<article>` with most text, else `<main>`, else `<body>`. */
function pickContent(doc: HtmlDocument): HtmlElement | HtmlDocument {
  const articles = DomUtils.getElementsByTagName("article", doc.children);
  if (articles.length > 0) {
    return articles.reduce((best, a) => (textLength(a) > textLength(best) ? a : best));
  }
  return (
    DomUtils.getElementsByTagName("main", doc.children, true, 1)[0] ??
    DomUtils.getElementsByTagName("body", doc.children, true, 1)[0] ??
    doc
  );
}

function textLength(el: HtmlElement): number {
  return DomUtils.textContent(el).replace(/\s+/g, "").length;
}

function pageDate(meta: Map<string, string>, content: HtmlElement | HtmlDocument): PubDate | null {
  for (const value of [...metaDates(meta), ...timeValues(content)]) {
    const date = dateFromValue(value, "meta");
    if (date) return date;
  }
  return null;
}

function firstText(doc: HtmlDocument, tag: string): string | null {
  const el = DomUtils.getElementsByTagName(tag, doc.children, true, 1)[0];
  const text = el ? inlineText(el) : "";
  return text || null;
}

function canonicalUrl(doc: HtmlDocument): string | null {
  const link = DomUtils.findOne(
    (e) => e.name === "link" && (e.attribs.rel ?? "").toLowerCase().split(/\s+/).includes("canonical"),
    doc.children,
  );
  return link?.attribs.href || null;
}
