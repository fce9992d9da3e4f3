/**
 * DOM building without HTML strings: every text goes in through `textContent` or a text node,
 * so article text can never become markup.
 */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element; attributes named `on…` with a function become listeners, others attributes.
 *
 * @example el("a", { href: "#/events" }, "Events")
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes (numbers are written as they are). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** A link to a hash route. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return el("a", { href }, ...children);
}

/** A link to an article's own URL when it is http(s); any other scheme (`javascript:`) stays text. */
export function externalLink(url: string): HTMLElement {
  if (!/^https?:\/\//i.test(url)) return el("span", {}, url);
  return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, url);
}
