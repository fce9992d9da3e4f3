import { EVENT_FILTERS } from "./event-params.js";
import { array, errors, int, json, object, PAGING, page, pathParam, query, ref } from "./helpers.js";
import type { PathItem } from "./types.js";

/** The read-only endpoints over documents, events and actors. */
export const READ_PATHS: Record<string, PathItem> = {
  "/api/health": {
    get: {
      operationId: "health",
      summary: "the server and its store answer",
      responses: {
        "200": json(
          "store kind and counts",
          object({
            ok: { const: true },
            store: { type: "string", enum: ["sqlite", "postgres"] },
            documents: int(),
            events: int(),
          }),
        ),
      },
    },
  },
  "/api/documents": {
    get: {
      operationId: "listDocuments",
      summary: "stored documents without their text, by publication date",
      parameters: [...PAGING, query("q", "full-text query")],
      responses: { "200": json("a page of documents", page("DocumentSummary")), ...errors(400) },
    },
  },
  "/api/documents/{id}": {
    get: {
      operationId: "getDocument",
      summary: "one document with its text, sentences, entity mentions, messages and events",
      parameters: [pathParam("id", "document id")],
      responses: {
        "200": json(
          "the document and its layers",
          object({
            document: ref("Document"),
            sentences: array(ref("Sentence")),
            mentions: array(ref("Mention")),
            messages: array(ref("Message")),
            events: array(ref("Event")),
            inferred_date: { oneOf: [{ type: "null" }, ref("DateInterval")] },
          }),
        ),
        ...errors(404),
      },
    },
  },
  "/api/events": {
    get: {
      operationId: "listEvents",
      summary: "canonical events matching every given filter",
      parameters: [
        ...EVENT_FILTERS,
        ...PAGING,
        query("sort", "date (default; undated last), -date (newest first) or support (most reported first)", {
          type: "string",
          enum: ["date", "-date", "support"],
        }),
      ],
      responses: { "200": json("a page of events", page("Event")), ...errors(400) },
    },
  },
  "/api/events/{id}": {
    get: {
      operationId: "getEvent",
      summary: "one event with its notes and, per source document, the evidence spans to highlight",
      parameters: [pathParam("id", "event id")],
      responses: {
        "200": json(
          "the event and its evidence",
          object({
            event: ref("Event"),
            messages: array(ref("EventNote")),
            documents: array(ref("EvidenceDocument")),
          }),
        ),
        ...errors(404),
      },
    },
  },
  "/api/actors": {
    get: {
      operationId: "listActors",
      summary: "actors, most mentioned first",
      parameters: [
        ...PAGING,
        query("q", "part of the id, name or an alias (case and accents ignored)"),
        query("kind", "person, country, organization or group", {
          type: "string",
          enum: ["person", "country", "organization", "group"],
        }),
      ],
      responses: { "200": json("a page of actors", page("Actor")), ...errors(400) },
    },
  },
  "/api/actors/{id}": {
    get: {
      operationId: "getActor",
      summary: "one actor (by id, name or alias) with event counts and its latest events",
      parameters: [pathParam("id", "actor id, name or alias")],
      responses: {
        "200": json(
          "the actor",
          object({
            actor: ref("Actor"),
            counts: object({ as_actor: int(), as_recipient: int() }),
            events: array(ref("Event")),
          }),
        ),
        ...errors(404),
      },
    },
  },
  "/api/search": {
    get: {
      operationId: "search",
      summary: "full-text search over the stored articles, best match first",
      parameters: [
        { ...query("q", "the query (FTS5 syntax; a malformed one is taken word by word)"), required: true },
        query("limit", "at most this many hits, 1–1000 (default 20)", { type: "integer", minimum: 1, maximum: 1000 }),
      ],
      responses: { "200": json("the hits", object({ hits: array(ref("SearchHit")) })), ...errors(400) },
    },
  },
};
