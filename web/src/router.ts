/**
 * Hash routes: the view and its filters live in the URL, so a view can be bookmarked and shared.
 *
 * @example parseRoute("#/timeline?dyad=CHN,USA&from=2023-01")
 * // { parts: ["timeline"], params: URLSearchParams { dyad: "CHN,USA", from: "2023-01" } }
 */
export interface Route {
  /** Path segments after `#/`, decoded: `#/actors/p%3Axi` → `["actors", "p:xi"]`. */
  parts: string[];
  params: URLSearchParams;
}

/** Reads a hash (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q === -1 ? raw : raw.slice(0, q);
  const query = q === -1 ? "" : raw.slice(q + 1);
  const parts = path
    .split("/")
    .filter((p) => p !== "")
    .map((p) => safeDecode(p));
  return { parts, params: new URLSearchParams(query) };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

type ParamValue = string | number | null | undefined;

/**
 * Builds a hash href; empty parameters are left out so URLs stay short.
 *
 * @example href(["events", "ev_1"]) === "#/events/ev_1"; href(["timeline"], { dyad: "CHN,USA", q: "" }) === "#/timeline?dyad=CHN%2CUSA"
 */
export function href(parts: string[], params: Record<string, ParamValue> | URLSearchParams = {}): string {
  const path = parts.map((p) => encodeURIComponent(p)).join("/");
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString().replaceAll("%2C", ",");
  return `#/${path}${qs ? `?${qs}` : ""}`;
}

/** The current route with some parameters changed (null or "" removes one). */
export function withParams(route: Route, changes: Record<string, ParamValue>): string {
  const params = new URLSearchParams(route.params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, String(value));
  }
  return href(route.parts, params);
}
