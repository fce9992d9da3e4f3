import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { HttpError } from "./http.js";

/** The host name of a `Host` header or an origin: `127.0.0.1:4300` → `127.0.0.1`, `[::1]:80` → `::1`. */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]"));
  return h.replace(/:\d*$/, "");
}

/**
 * Guards a local server against pages on other sites. A `Host` that is not an IP address,
 * `localhost` or a name the server was started with is refused (DNS rebinding: a foreign name
 * resolving to 127.0.0.1); a write whose `Origin` is another site is refused (a form on any page
 * can post multipart to 127.0.0.1 without asking).
 */
export function checkRequestSource(req: IncomingMessage, allowedNames: ReadonlySet<string>): void {
  const host = req.headers.host;
  if (host !== undefined) {
    const name = hostName(host);
    if (isIP(name) === 0 && name !== "localhost" && !name.endsWith(".localhost") && !allowedNames.has(name)) {
      throw new HttpError(403, `host "${name}" is not served (start with --host ${name} to allow it)`);
    }
  }
  const origin = req.headers.origin;
  if (origin === undefined || req.method === "GET" || req.method === "HEAD") return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new HttpError(403, `origin "${origin}" is not this server`);
  }
  if (host === undefined || originHost.toLowerCase() !== host.trim().toLowerCase()) {
    throw new HttpError(403, `origin "${origin}" is not this server: uploads are taken from its own pages only`);
  }
}
