import { DomUtils } from "htmlparser2";
import type { HtmlDocument, HtmlElement } from "./htmltext.js";
import { inlineText } from "./htmltext.js";

/** Meta keys that state a publication date, best first (compared lower-cased). */
const DATE_KEYS = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "dc.date",
  "dc.date.issued",
  "dcterms.date",
  "dcterms.issued",
  "sailthru.date",
  "parsely-pub-date",
];

function isMetaLike(e: HtmlElement): boolean {
  return e.name === "meta" || (e.attribs.itemprop ?? "").toLowerCase() === "datepublished";
}

/**
 * Meta values of a page by lower-cased key (`property`, `name`, `itemprop` or `http-equiv`); the first
 * occurrence of a key wins. `<time itemprop="datePublished" datetime="…">` counts as a meta value.
 * @example readMeta(parseDocument('<meta property="og:title" content="Talks">')).get("og:title") // → "Talks"
 */
export function readMeta(doc: HtmlDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of DomUtils.findAll(isMetaLike, doc.children)) {
    const { attribs } = el;
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs["http-equiv"])?.toLowerCase();
    const value = attribs.content ?? attribs.datetime ?? (el.name === "meta" ? undefined : inlineText(el));
    if (key && value?.trim() && !meta.has(key)) meta.set(key, value.trim());
  }
  const ld = jsonLdDate(doc);
  if (ld && !meta.has("datepublished")) meta.set("datepublished", ld);
  return meta;
}

/**
 * The stated publication date values of a page, best first.
 * @example metaDates(new Map([["date", "2023-06-19"], ["article:published_time", "2023-06-18"]])) // → ["2023-06-18", "2023-06-19"]
 */
export function metaDates(meta: Map<string, string>): string[] {
  return DATE_KEYS.flatMap((key) => meta.get(key) ?? []);
}

/** `datePublished` from JSON-LD (`<script type="application/ld+json">`), searched at any depth. */
function jsonLdDate(doc: HtmlDocument): string | null {
  const scripts = DomUtils.findAll(
    (e) => e.name === "script" && (e.attribs.type ?? "").toLowerCase() === "application/ld+json",
    doc.children,
  );
  for (const script of scripts) {
    try {
      const found = findKey(JSON.parse(DomUtils.textContent(script)), "datePublished");
      if (found) return found;
    } catch {
      // Broken JSON-LD is common and harmless: other sources of the date remain.
    }
  }
  return null;
}

function findKey(value: unknown, key: string): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findKey(item, key);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record[key] === "string") return record[key];
    for (const child of Object.values(record)) {
      const found = findKey(child, key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * `<time datetime>` values inside an element (the article), in document order.
 * @example timeValues(parseDocument('<time datetime="2023-11-15">Nov 15</time>')) // → ["2023-11-15"]
 */
export function timeValues(root: HtmlElement | HtmlDocument): string[] {
  return DomUtils.findAll((e) => e.name === "time" && !!e.attribs.datetime, root.children).map(
    (e) => e.attribs.datetime ?? "",
  );
}
