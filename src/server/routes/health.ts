import type { HealthResponse } from "../api-types.js";
import type { ApiDeps } from "../deps.js";
import { ok, type Route } from "../router.js";

/** `GET /api/health`: the store answers, and how much it holds. */
export function healthRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: "GET",
      path: "/api/health",
      async handle() {
        const [documents, events] = await Promise.all([store.countDocuments(), store.countEvents()]);
        const body: HealthResponse = {
          ok: true,
          store: store.kind === "postgres" ? "postgres" : "sqlite",
          documents,
          events,
        };
        return ok(body);
      },
    },
  ];
}
