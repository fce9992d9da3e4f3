import type { ApiDeps } from "./deps.js";
import { openApiDocument } from "./openapi/document.js";
import { ok, type Route } from "./router.js";
import { actorRoutes } from "./routes/actors.js";
import { documentRoutes } from "./routes/documents.js";
import { eventRoutes } from "./routes/events.js";
import { healthRoutes } from "./routes/health.js";
import { ingestRoutes } from "./routes/ingest.js";
import { relationsRoutes } from "./routes/relations.js";
import { searchRoutes } from "./routes/search.js";
import { timelineRoutes } from "./routes/timeline.js";

/** Every route of the JSON API; `/api/openapi.json` describes exactly these (a test checks it). */
export function apiRoutes(deps: ApiDeps): Route[] {
  return [
    ...healthRoutes(deps),
    ...documentRoutes(deps),
    ...eventRoutes(deps),
    ...actorRoutes(deps),
    ...timelineRoutes(deps),
    ...relationsRoutes(deps),
    ...searchRoutes(deps),
    ...ingestRoutes(deps),
    { method: "GET", path: "/api/openapi.json", handle: async () => ok(openApiDocument) },
  ];
}
