import { CORPUS_PATHS } from "./paths-corpus.js";
import { READ_PATHS } from "./paths-read.js";
import { SCHEMAS } from "./schemas.js";
import type { OpenApiDocument } from "./types.js";

/**
 * The OpenAPI 3.1 description of `annals serve`, served at `/api/openapi.json`. Written by hand
 * beside the routes; a test checks that it describes every route and nothing else.
 */
export const openApiDocument: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "annals",
    version: "0.1.0",
    description:
      "Event data from news about international relations: documents, PLOVER events with their evidence spans, actors, timelines and relations. Errors are `{ error }` with a 4xx status.",
    license: { name: "MIT", identifier: "MIT" },
  },
  servers: [{ url: "http://127.0.0.1:4300", description: "annals serve (default port)" }],
  paths: { ...READ_PATHS, ...CORPUS_PATHS },
  components: { schemas: SCHEMAS },
};
