import { HttpError, type RequestContext } from "./http.js";

export type Method = "GET" | "POST";

/** What a handler answers: a status and a JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/**
 * One API route. `path` is a template whose `:name` segments become `params.name` (URL-decoded).
 *
 * @example { method: "GET", path: "/api/events/:id", handle: async ({ params }) => ok(await store.getEvent(params.id ?? "")) }
 */
export interface Route {
  method: Method;
  path: string;
  handle(ctx: RequestContext): Promise<Reply>;
}

/** A 200 reply. */
export const ok = (body: unknown): Reply => ({ status: 200, body });

export type Match = { kind: "found"; route: Route; params: Record<string, string> } | { kind: "none" };

function matchPath(template: string, segments: readonly string[]): Record<string, string> | null {
  const parts = template.split("/").filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const segment = segments[i] as string;
    if (part.startsWith(":")) {
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        throw new HttpError(400, `path segment "${segment}" is not valid percent-encoding`);
      }
    } else if (part !== segment) return null;
  }
  return params;
}

/**
 * Finds the route of a request. A path some route knows but with another method is a 405 (its
 * `Allow` header lists the methods that path takes); a path none knows is `none`.
 */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match {
  const segments = pathname.split("/").filter(Boolean);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, segments);
    if (!params) continue;
    if (route.method === method || (method === "HEAD" && route.method === "GET")) {
      return { kind: "found", route, params };
    }
    allowed.push(route.method);
  }
  if (allowed.length > 0) {
    throw new HttpError(405, `${method} is not allowed on ${pathname} (allowed: ${allowed.join(", ")})`, {
      Allow: allowed.join(", "),
    });
  }
  return { kind: "none" };
}
