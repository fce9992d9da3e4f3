import type { Parameter, Response, Schema } from "./types.js";

/** A reference to a component schema. */
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** A nullable schema of a JSON type. */
export const nullable = (type: string, description?: string): Schema => ({
  type: [type, "null"],
  ...(description ? { description } : {}),
});

/** An object schema: `properties` are required, `optional` ones may be absent. */
export function object(
  properties: Record<string, Schema>,
  description?: string,
  optional: Record<string, Schema> = {},
): Schema {
  return {
    type: "object",
    properties: { ...properties, ...optional },
    required: Object.keys(properties),
    ...(description ? { description } : {}),
  };
}

export const str = (description?: string): Schema => ({ type: "string", ...(description ? { description } : {}) });
export const int = (description?: string): Schema => ({ type: "integer", ...(description ? { description } : {}) });
export const num = (description?: string): Schema => ({ type: "number", ...(description ? { description } : {}) });
export const array = (items: Schema): Schema => ({ type: "array", items });

export const query = (name: string, description: string, schema: Schema = str()): Parameter => ({
  name,
  in: "query",
  description,
  schema,
});

export const pathParam = (name: string, description: string): Parameter => ({
  name,
  in: "path",
  required: true,
  description,
  schema: str(),
});

/** A JSON answer with this schema. */
export const json = (description: string, schema: Schema): Response => ({
  description,
  content: { "application/json": { schema } },
});

/** The error answers an operation can give, each `{ error }`. */
export function errors(...statuses: number[]): Record<string, Response> {
  const text: Record<number, string> = {
    400: "a parameter or the body is invalid (the message names it)",
    403: "the request comes from another site or host name",
    404: "no such resource",
    405: "method not allowed",
    413: "the upload is over the size limit",
    415: "unsupported Content-Type",
  };
  return Object.fromEntries(statuses.map((s) => [String(s), json(text[s] ?? "error", ref("Error"))]));
}

/** `limit` and `offset` of a paged list. */
export const PAGING: Parameter[] = [
  query("limit", "page size, 1–1000 (default 50)", { type: "integer", minimum: 1, maximum: 1000 }),
  query("offset", "rows to skip (default 0)", { type: "integer", minimum: 0 }),
];

/** A page of items of the named schema. */
export const page = (item: string): Schema =>
  object({
    items: array(ref(item)),
    limit: int(),
    offset: int(),
    next_offset: nullable("integer", "offset of the next page, or null"),
  });
