import type { IncomingMessage, ServerResponse } from "node:http";

/** A request the client got wrong (or a resource that is not there): answered `{ error }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Sent on every response: no inline script, no plugins, no MIME sniffing, no framing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

/**
 * Writes `body` as JSON (UTF-8). `<`, `>` and `&` are written as `\u003c`… escapes (the same
 * JSON), so article text holding markup can never be read as HTML, even by a sniffing client.
 * The API's answers are never cached: the store changes under them.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const json = JSON.stringify(body).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const payload = Buffer.from(json, "utf8");
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(payload.length),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(payload);
}

/** `{ "error": "<one line>" }` with a 4xx/5xx status. */
export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  sendJson(res, status, { error: message.replace(/\s+/g, " ").trim() }, headers);
}

/** Everything a route handler gets: the request, its parsed URL and the path parameters. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}
