import { DomUtils, parseDocument } from "htmlparser2";

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument["children"][number];
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** Elements whose content is never article text. */
const DROP = new Set([
  "script",
  "style",
  "noscript",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "iframe",
  "svg",
  "template",
  "button",
  "select",
  "head",
]);
/** Elements that stand as paragraphs (a blank line around them). */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "main"]);
/** Elements that end a line. */
const LINE = new Set(["div", "li", "tr", "ul", "ol", "table", "dt", "dd", "figure", "figcaption", "pre", "hr"]);

// Break markers (private-use characters), resolved once all text is collected: adjacent breaks merge into the strongest,
// so "</li><li>" is one line break, while "<br><br>" still separates paragraphs.
const LINE_MARK = "\ue000";
const PARA_MARK = "\ue001";
const BR_MARK = "\ue002";
const MARK_RUN = /[ \ue000-\ue002]*[\ue000-\ue002][ \ue000-\ue002]*/g;

/**
 * HTML (a page or a fragment such as an RSS description) → plain text: paragraphs separated by a
 * blank line, entities decoded, runs of spaces collapsed, scripts and navigation dropped.
 * @example htmlToText("<p>Wang met Blinken.</p><p>Talks were &quot;candid&quot;.</p>")
 * // → 'Wang met Blinken.\n\nTalks were "candid".'
 */
export function htmlToText(html: string): string {
  return nodesToText(parseDocument(html).children);
}

/**
 * The text of DOM nodes, as htmlToText does for a whole string (an `<article>`'s children, Atom XHTML).
 * @example nodesToText(parseDocument("<li>Trade</li><li>Taiwan</li>").children) // → "Trade\nTaiwan"
 */
export function nodesToText(nodes: readonly HtmlNode[]): string {
  const parts: string[] = [];
  for (const node of nodes) collect(node, parts);
  return parts
    .join("")
    .replace(MARK_RUN, (run) => (run.includes(PARA_MARK) || run.split(BR_MARK).length > 2 ? "\n\n" : "\n"))
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .trim();
}

function collect(node: HtmlNode, parts: string[]): void {
  if (DomUtils.isText(node)) {
    // Whitespace runs become one space; the marker characters cannot come from the page.
    parts.push(node.data.replace(/[\s\ue000-\ue002]+/g, " "));
    return;
  }
  if (DomUtils.isTag(node)) {
    if (isDropped(node)) return;
    const name = node.name.toLowerCase();
    if (name === "br") {
      parts.push(BR_MARK);
      return;
    }
    const mark = PARAGRAPH.has(name)
      ? PARA_MARK
      : LINE.has(name)
        ? LINE_MARK
        : name === "td" || name === "th"
          ? " "
          : "";
    parts.push(mark);
    for (const child of node.children) collect(child, parts);
    parts.push(mark);
    return;
  }
  if (DomUtils.hasChildren(node)) for (const child of node.children) collect(child, parts);
}

function isDropped(el: HtmlElement): boolean {
  const { attribs } = el;
  return (
    DROP.has(el.name.toLowerCase()) ||
    "hidden" in attribs ||
    attribs["aria-hidden"] === "true" ||
    attribs.role === "navigation"
  );
}

/**
 * Text of an element with whitespace collapsed to single spaces: for titles and attribute-like values.
 * @example inlineText(titleElement) // "<title> Xi meets\n Biden </title>" → "Xi meets Biden"
 */
export function inlineText(node: HtmlNode): string {
  return DomUtils.textContent(node).replace(/\s+/g, " ").trim();
}
