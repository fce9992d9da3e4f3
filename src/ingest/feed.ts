import { DomUtils, parseDocument } from "htmlparser2";
import type { ReadResult } from "./article.js";
import { type HtmlElement, htmlToText, inlineText, nodesToText } from "./htmltext.js";
import { dateFromBody, dateFromValue } from "./pubdate.js";
import { accept, reject } from "./result.js";

/** Elements holding an item's text, best first (full content before a summary). */
const TEXT_TAGS = ["content:encoded", "content", "description", "summary"];
const DATE_TAGS = ["pubdate", "dc:date", "published", "updated"];

/**
 * Whether text is an RSS or Atom feed: `<rss`, `<feed` or `<rdf:RDF` near the start.
 * @example looksLikeFeed('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') // → true
 */
export function looksLikeFeed(head: string): boolean {
  return /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head.slice(0, 4096));
}

/**
 * RSS 2.0 / RSS 1.0 / Atom XML → one result per item or entry, origin `path#item-N` (from 1).
 * Text from content:encoded, content, description or summary (markup extracted); date from pubDate,
 * dc:date, published or updated; source from the channel or feed title.
 * @example
 * readFeed('<rss><channel><title>Wire</title><item><title>Talks</title><description>&lt;p&gt;Wang met Blinken.&lt;/p&gt;</description></item></channel></rss>', "f.xml")
 * // → [{ kind: "article", article: { origin: "f.xml#item-1", title: "Talks", text: "Wang met Blinken.", source: "Wire", … } }]
 */
export function readFeed(xml: string, origin: string): ReadResult[] {
  const doc = parseDocument(xml, { xmlMode: true });
  const items = DomUtils.findAll((e) => ["item", "entry"].includes(e.name.toLowerCase()), doc.children);
  if (items.length === 0) return [reject(origin, "empty", "the feed has no items or entries")];
  const channel = DomUtils.findOne((e) => ["channel", "feed"].includes(e.name.toLowerCase()), doc.children);
  const source = channel ? childText(channel, "title") : null;
  return items.map((item, i) => readItem(item, `${origin}#item-${i + 1}`, source));
}

function readItem(item: HtmlElement, origin: string, source: string | null): ReadResult {
  const text = TEXT_TAGS.map((tag) => child(item, tag))
    .map((el) => (el ? elementText(el) : ""))
    .find((t) => t !== "");
  if (!text) return reject(origin, "no-text", `no text: the item has none of ${TEXT_TAGS.join(", ")}`);
  const stated = DATE_TAGS.map((tag) => dateFromValue(childText(item, tag), "feed")).find((d) => d !== null);
  const date = stated ?? dateFromBody(text);
  return accept({
    origin,
    text,
    format: "feed",
    title: childText(item, "title"),
    source,
    url: itemLink(item),
    externalId: childText(item, "guid") ?? childText(item, "id"),
    publishedAt: date?.date ?? null,
    dateSource: date?.source ?? null,
  });
}

/** Escaped or CDATA markup (RSS, Atom type="html"), inline XHTML (Atom type="xhtml"), or plain text. */
function elementText(el: HtmlElement): string {
  const type = (el.attribs.type ?? "").toLowerCase();
  if (type === "xhtml") return nodesToText(el.children);
  if (type === "text") return DomUtils.textContent(el).replace(/\r\n?/g, "\n").trim();
  return htmlToText(DomUtils.textContent(el));
}

/** RSS `<link>url</link>`, or Atom `<link href>` preferring rel="alternate" (or no rel). */
function itemLink(item: HtmlElement): string | null {
  const links = item.children.filter((n): n is HtmlElement => DomUtils.isTag(n) && n.name.toLowerCase() === "link");
  const atom = links.find((l) => l.attribs.href && (l.attribs.rel ?? "alternate") === "alternate");
  const href = atom?.attribs.href ?? links.find((l) => l.attribs.href)?.attribs.href;
  if (href) return href;
  const rss = links.map((l) => inlineText(l)).find((t) => t !== "");
  return rss ?? null;
}

function child(parent: HtmlElement, name: string): HtmlElement | undefined {
  return parent.children.find((n): n is HtmlElement => DomUtils.isTag(n) && n.name.toLowerCase() === name);
}

function childText(parent: HtmlElement, name: string): string | null {
  const el = child(parent, name);
  const text = el ? inlineText(el) : "";
  return text || null;
}
