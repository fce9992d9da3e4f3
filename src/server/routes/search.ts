import type { SearchResponse } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { integer, required } from "../query.js";
import { ok, type Route } from "../router.js";

/** `GET /api/search?q&limit`: full-text search over the stored articles, best match first. */
export function searchRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/search",
      async handle({ url }) {
        const q = required(url.searchParams, "q");
        const limit = integer(url.searchParams, "limit", 20, 1, 1000);
        const body: SearchResponse = { hits: await store.search(q, limit) };
        return ok(body);
      },
    },
  ];
}
