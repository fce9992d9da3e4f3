import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { apiRoutes } from "./api.js";
import type { ApiDeps } from "./deps.js";
import type { OpenApiDocument } from "./openapi/types.js";
import { startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
before(async () => {
  t = await startTestServer({ samples: false });
});
after(() => t.stop());

/** `/api/events/:id` → `/api/events/{id}`. */
const openApiPath = (template: string) => template.replace(/:([a-z_]+)/g, "{$1}");

/** Every `$ref` anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe("GET /api/openapi.json", () => {
  test("describes every route the router knows, and only those", async () => {
    const { status, body } = await t.json<OpenApiDocument>("/api/openapi.json");
    assert.equal(status, 200);
    assert.equal(body.openapi, "3.1.0");
    const routes = apiRoutes({} as ApiDeps)
      .map((r) => `${r.method} ${openApiPath(r.path)}`)
      .sort();
    const described = Object.entries(body.paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    assert.deepEqual(described, routes);
    assert.deepEqual(
      t.app.routes.map((r) => `${r.method} ${openApiPath(r.path)}`).sort(),
      routes,
      "the server runs the routes apiRoutes lists",
    );
  });

  test("every path parameter is declared, every operation has an id and a 2xx answer", async () => {
    const { body } = await t.json<OpenApiDocument>("/api/openapi.json");
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(body.paths)) {
      for (const op of Object.values(item)) {
        assert.ok(op && !ids.has(op.operationId), `${path}: unique operationId`);
        ids.add(op.operationId);
        assert.ok(
          Object.keys(op.responses).some((s) => s.startsWith("2")),
          `${path}: a success answer`,
        );
        const inPath = [...path.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
        const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        assert.deepEqual(declared, inPath, `${path}: path parameters`);
      }
    }
  });

  test("every $ref points at a component schema", async () => {
    const { body } = await t.json<OpenApiDocument>("/api/openapi.json");
    const found = refs(body);
    assert.ok(found.length > 10);
    for (const ref of found) {
      const name = ref.replace("#/components/schemas/", "");
      assert.ok(ref.startsWith("#/components/schemas/") && name in body.components.schemas, ref);
    }
  });

  test("every query parameter a route reads is described", async () => {
    const { body } = await t.json<OpenApiDocument>("/api/openapi.json");
    const names = (path: string) => (body.paths[path]?.get?.parameters ?? []).map((p) => p.name).sort();
    assert.deepEqual(names("/api/events"), [
      "actor",
      "doc",
      "dyad",
      "from",
      "limit",
      "offset",
      "q",
      "sort",
      "status",
      "to",
      "type",
    ]);
    assert.deepEqual(names("/api/timeline"), [
      "actor",
      "all",
      "doc",
      "dyad",
      "from",
      "limit",
      "q",
      "status",
      "to",
      "type",
    ]);
    assert.deepEqual(names("/api/relations"), ["a", "b", "by", "from", "to"]);
    assert.deepEqual(names("/api/actors"), ["kind", "limit", "offset", "q"]);
  });
});
