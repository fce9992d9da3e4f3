import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { IngestAccepted, IngestJobStatus } from "./api-types.js";
import { SAMPLES, startTestServer, type TestServer, untilDone } from "./test-fixture.js";

let t: TestServer;
before(async () => {
  t = await startTestServer({ samples: false, maxUploadBytes: 256 * 1024 });
});
after(() => t.stop());

describe("POST /api/ingest (multipart)", () => {
  test("files of several formats are ingested; rejected ones are named by their upload name", async () => {
    const form = new FormData();
    for (const name of [
      "2023-11-16-woodside-summit.html",
      "wire-digest-2023-2024.jsonl",
      "feed-strait-observer-2023.xml",
    ])
      form.append("files", new Blob([await readFile(join(SAMPLES, name))]), name);
    form.append("files", new Blob(["\u0000\u0001binary"]), "../../etc/evil.bin");
    form.append("note", "form fields are ignored");
    const r = await t.json<IngestAccepted>("/api/ingest", { method: "POST", body: form });
    assert.equal(r.status, 202);
    const seen = await untilDone(t, r.body.job_id);
    const last = seen[seen.length - 1] as IngestJobStatus;
    assert.equal(last.state, "done");
    assert.ok(last.stored >= 3, JSON.stringify(last));
    assert.ok(last.events > 0);
    assert.ok((last.total_bytes ?? 0) > 0);
    assert.deepEqual(
      last.rejected.map((x) => x.origin),
      ["evil.bin"],
    );
    for (const s of seen) assert.ok(s.read <= last.read && s.bytes <= last.bytes);
  });

  test("a multipart body without files is a 400", async () => {
    const form = new FormData();
    form.append("note", "nothing");
    const r = await t.json<{ error: string }>("/api/ingest", { method: "POST", body: form });
    assert.equal(r.status, 400);
    assert.match(r.body.error, /no files/);
  });

  test("a file over the limit is a 413 and nothing is ingested", async () => {
    const before = await t.store.countDocuments();
    const form = new FormData();
    form.append("files", new Blob(["Wang Yi met Antony Blinken. ".repeat(12_000)]), "big.txt");
    const r = await t.json<{ error: string }>("/api/ingest", { method: "POST", body: form });
    assert.equal(r.status, 413);
    assert.match(r.body.error, /limit/);
    await t.app.jobs.idle();
    assert.equal(await t.store.countDocuments(), before);
  });

  test("a body declared over the limit with Expect: 100-continue is refused before it is sent", async () => {
    const { hostname, port } = new URL(t.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        hostname,
        port,
        path: "/api/ingest",
        method: "POST",
        headers: {
          "Content-Type": "multipart/form-data; boundary=x",
          "Content-Length": 10_000_000,
          Expect: "100-continue",
        },
      });
      req.on("continue", () => reject(new Error("the server asked for the body")));
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", () => undefined);
      req.flushHeaders();
    });
    assert.equal(status, 413);
  });
});
