import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { HealthResponse } from "./api-types.js";
import { rawGet, startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.stop());

describe("the server", () => {
  test("binds to 127.0.0.1 by default", () => {
    const address = t.app.server.address() as AddressInfo;
    assert.equal(address.address, "127.0.0.1");
    assert.match(t.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test("health names the store and counts what it holds", async () => {
    const { status, body } = await t.json<HealthResponse>("/api/health");
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.equal(body.store, "sqlite");
    assert.equal(body.documents, await t.store.countDocuments());
    assert.ok(body.events > 10);
  });

  for (const path of ["/api/health", "/api/nope", "/", "/missing.js"]) {
    test(`sends the security headers on ${path}`, async () => {
      const res = await fetch(t.url + path);
      assert.equal(
        res.headers.get("content-security-policy"),
        "default-src 'self'; script-src 'self'; object-src 'none'",
      );
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      await res.arrayBuffer();
    });
  }

  const errors: [string, string, number, RegExp][] = [
    ["an unknown API path is a JSON 404", "/api/nope", 404, /no API endpoint \/api\/nope/],
    ["an unknown nested API path is a JSON 404", "/api/events/x/y", 404, /no API endpoint/],
    ["a bare /api is a JSON 404", "/api", 404, /no API endpoint/],
  ];
  for (const [name, path, status, message] of errors) {
    test(name, async () => {
      const r = await t.json<{ error: string }>(path);
      assert.equal(r.status, status);
      assert.match(r.res.headers.get("content-type") ?? "", /^application\/json/);
      assert.match(r.body.error, message);
    });
  }

  test("a wrong method is a 405 naming the allowed ones", async () => {
    const r = await t.json<{ error: string }>("/api/events", { method: "POST" });
    assert.equal(r.status, 405);
    assert.equal(r.res.headers.get("allow"), "GET");
    const upload = await t.json<{ error: string }>("/api/ingest", { method: "DELETE" });
    assert.equal(upload.status, 405);
    assert.equal(upload.res.headers.get("allow"), "POST");
  });

  const hosts: [string, number][] = [
    ["attacker.example", 403],
    ["attacker.example:80", 403],
    ["localhost:4300", 200],
    ["127.0.0.1", 200],
    ["[::1]:4300", 200],
  ];
  for (const [host, status] of hosts) {
    test(`Host: ${host} → ${status} (a foreign name resolving here is DNS rebinding)`, async () => {
      const r = await rawGet(t.url, "/api/health", { Host: host });
      assert.equal(r.status, status);
    });
  }
});
