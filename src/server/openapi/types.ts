/** The part of OpenAPI 3.1 this API's description uses, typed so a typo fails the build. */

/** A JSON Schema (2020-12, as OpenAPI 3.1 embeds it), or a reference to a component schema. */
export type Schema =
  | { $ref: string; description?: string }
  | {
      type?: string | string[];
      description?: string;
      properties?: Record<string, Schema>;
      required?: string[];
      items?: Schema;
      additionalProperties?: boolean | Schema;
      enum?: (string | number | null)[];
      const?: unknown;
      format?: string;
      pattern?: string;
      minimum?: number;
      maximum?: number;
      oneOf?: Schema[];
      allOf?: Schema[];
      example?: unknown;
    };

export interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: Schema;
  style?: "form";
  explode?: boolean;
}

export interface MediaType {
  schema: Schema;
}

export interface Response {
  description: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, Response>;
}

export type PathItem = Partial<Record<"get" | "post", Operation>>;

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license?: { name: string; identifier: string } };
  servers: { url: string; description?: string }[];
  paths: Record<string, PathItem>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, Response> };
}
