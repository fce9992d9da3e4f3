import { EVENT_FILTERS } from "./event-params.js";
import { array, errors, json, object, pathParam, query, ref, str } from "./helpers.js";
import type { PathItem } from "./types.js";

const ARTICLE = object({ text: str("the article text") }, "one article", {
  title: str(),
  published_at: str("any common date form; YYYY-MM-DD is safest"),
  url: str(),
  source: str(),
});

/** Timelines, relations, uploads and this description. */
export const CORPUS_PATHS: Record<string, PathItem> = {
  "/api/timeline": {
    get: {
      operationId: "timeline",
      summary: "a dated timeline, each entry citing its events and documents",
      parameters: [
        ...EVENT_FILTERS,
        query("limit", "events read, in date order (default 5000)", { type: "integer", minimum: 1 }),
        query("all", "1: include planned, hypothetical and negated events", { type: "string", enum: ["1", "0"] }),
      ],
      responses: {
        "200": json(
          "the entries and the events they cite",
          object({
            entries: array(ref("TimelineEntry")),
            events: { type: "object", additionalProperties: ref("Event") },
          }),
        ),
        ...errors(400),
      },
    },
  },
  "/api/relations": {
    get: {
      operationId: "relations",
      summary: "cooperation and conflict between two actors, per period",
      parameters: [
        { ...query("a", "an actor id, name, alias or country code"), required: true },
        { ...query("b", "the other side"), required: true },
        query("by", "day, week, month (default) or year", {
          type: "string",
          enum: ["day", "week", "month", "year"],
        }),
        query("from", "first date (YYYY, YYYY-MM or YYYY-MM-DD)"),
        query("to", "last date"),
      ],
      responses: {
        "200": json("the series", object({ a: str(), b: str(), by: str(), points: array(ref("RelationsPoint")) })),
        ...errors(400),
      },
    },
  },
  "/api/ingest": {
    post: {
      operationId: "ingest",
      summary: "upload articles to ingest in the background",
      description:
        "Files (any format `annals ingest` reads: .txt .md .html .json .jsonl .xml) as multipart/form-data, or JSON. The body is limited per request (50 MB unless the server was started with --max-upload).",
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: object({ files: { type: "array", items: { type: "string", format: "binary" } } }),
          },
          "application/json": { schema: object({ articles: array(ARTICLE) }) },
        },
      },
      responses: {
        "202": json("the job to poll", object({ job_id: str() })),
        ...errors(400, 403, 413, 415),
      },
    },
  },
  "/api/ingest/{job_id}": {
    get: {
      operationId: "ingestJob",
      summary: "progress of an upload's ingest",
      parameters: [pathParam("job_id", "the id POST /api/ingest answered")],
      responses: { "200": json("the job", ref("IngestJob")), ...errors(404) },
    },
  },
  "/api/openapi.json": {
    get: {
      operationId: "openapi",
      summary: "this description",
      responses: { "200": json("OpenAPI 3.1", { type: "object" }) },
    },
  },
};
