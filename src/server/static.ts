import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { HttpError, SECURITY_HEADERS } from "./http.js";

/** `dist/web/`, where the UI build writes: beside this file's folder once compiled (`dist/server/`). */
export const DEFAULT_UI_DIR = fileURLToPath(new URL("../web/", import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>annals</title></head>
<body><h1>annals</h1><p>The web UI is not built (its folder is missing). The JSON API answers under
<a href="/api/health">/api/</a>; <a href="/api/openapi.json">/api/openapi.json</a> describes it.</p></body></html>\n`;

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * The request path as folder-relative segments, or a 400/404: the path is percent-decoded once,
 * and NUL bytes, backslashes and `..` segments (however encoded) are refused outright.
 */
export function pathSegments(rawUrl: string): string[] {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new HttpError(400, "request path is not valid percent-encoding");
  }
  if (decoded.includes("\0")) throw new HttpError(400, "request path holds a NUL byte");
  const segments = decoded.split(/[/\\]/).filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) throw new HttpError(404, "not found");
  return segments;
}

/** A regular file under `root` (symlinks resolved and kept inside it), or null. */
async function fileUnder(root: string, segments: readonly string[]): Promise<{ path: string; size: number } | null> {
  const candidate = resolve(root, ...segments);
  if (!inside(resolve(root), candidate)) return null;
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: { path: string; size: number }): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": String(file.size),
    "Cache-Control": "no-cache",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file.path).pipe(res);
}

/**
 * Serves the built UI from `root`. A path naming a file there gets it; a path that looks like a
 * UI route (no extension) gets `index.html`; a missing asset is a 404. Nothing outside `root` is
 * ever read. Without a build, a small page says so.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    throw new HttpError(405, `${req.method} is not allowed here (allowed: GET, HEAD)`, { Allow: "GET, HEAD" });
  }
  const segments = pathSegments(req.url ?? "/");
  const file = segments.length > 0 ? await fileUnder(root, segments) : null;
  if (file) return sendFile(req, res, file);
  const last = segments[segments.length - 1] ?? "";
  if (extname(last) !== "") throw new HttpError(404, "not found");
  const index = await fileUnder(root, ["index.html"]);
  if (index) return sendFile(req, res, index);
  res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
  res.end(req.method === "HEAD" ? undefined : NOT_BUILT);
}
