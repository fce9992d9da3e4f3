import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { DocumentResponse, DocumentsPage, IngestAccepted, IngestJobStatus } from "./api-types.js";
import { startTestServer, type TestServer, untilDone } from "./test-fixture.js";

let t: TestServer;
const parent = mkdtempSync(join(tmpdir(), "annals-uploads-test-"));
before(async () => {
  t = await startTestServer({ samples: false, maxUploadBytes: 256 * 1024, uploadTmpDir: parent });
});
after(async () => {
  await t.stop();
  assert.deepEqual(readdirSync(parent), [], "every upload folder is deleted, also after a 4xx");
  rmSync(parent, { recursive: true });
});

const uploadDirs = () => readdirSync(parent).length;

const postJson = (body: unknown) =>
  t.json<IngestAccepted & { error?: string }>("/api/ingest", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const HOSTILE =
  'Wang Yi met Antony Blinken in Washington on Thursday. <script>alert(1)</script> <img src=x onerror=alert(1)> "quoted"';

describe("POST /api/ingest (JSON)", () => {
  test("articles are stored and the job reaches done with counts", async () => {
    const r = await postJson({ articles: [{ text: HOSTILE, title: "<b>Talks</b>", published_at: "2023-10-28" }] });
    assert.equal(r.status, 202);
    assert.match(r.body.job_id, /^[0-9a-f-]{36}$/);
    const seen = await untilDone(t, r.body.job_id);
    const last = seen[seen.length - 1] as IngestJobStatus;
    assert.equal(last.state, "done");
    assert.equal(last.read, 1);
    assert.equal(last.stored, 1);
    assert.ok(last.events >= 1);
    assert.equal(last.bytes, Buffer.byteLength(HOSTILE));
    assert.equal(last.total_bytes, Buffer.byteLength(HOSTILE));
    assert.equal(uploadDirs(), 0, "the temporary folder is deleted");
  });

  test("markup in an article comes back as plain JSON text, never as HTML", async () => {
    const { body } = await t.json<DocumentsPage>("/api/documents?q=onerror");
    const id = body.items[0]?.doc_id;
    assert.ok(id);
    const res = await fetch(`${t.url}/api/documents/${id}`);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json; charset=utf-8$/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    const raw = await res.text();
    assert.equal(raw.includes("<script>"), false, "no raw markup in the body");
    assert.equal(raw.includes("<img"), false);
    const doc = JSON.parse(raw) as DocumentResponse;
    assert.equal(doc.document.text, HOSTILE);
    assert.equal(doc.document.title, "<b>Talks</b>");
    // the stored origin names the upload, not the private folder it was read from
    assert.match(doc.document.origin, /^upload:[^/]+\.json#1$/);
    assert.equal(doc.document.origin.includes(parent), false);
  });

  test("the same article again is a duplicate", async () => {
    const r = await postJson({ articles: [{ text: HOSTILE, published_at: "2023-10-28" }] });
    const last = (await untilDone(t, r.body.job_id)).pop() as IngestJobStatus;
    assert.equal(last.stored, 0);
    assert.equal(last.duplicates, 1);
  });

  const bad: [string, unknown, RegExp][] = [
    ["no articles", { articles: [] }, /^articles: articles must hold at least one/],
    ["an article without text", { articles: [{ title: "x" }] }, /^articles\.0\.text:/],
    ["blank text", { articles: [{ text: "   " }] }, /^articles\.0\.text: text must not be empty/],
    ["not an object", [1, 2], /expected object/i],
  ];
  for (const [name, body, message] of bad) {
    test(`${name} is a 400`, async () => {
      const r = await postJson(body);
      assert.equal(r.status, 400);
      assert.match(r.body.error ?? "", message);
    });
  }

  test("invalid JSON is a 400; another content type is a 415", async () => {
    const broken = await t.json<{ error: string }>("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{nope",
    });
    assert.equal(broken.status, 400);
    assert.match(broken.body.error, /^body is not valid JSON/);
    const text = await t.json<{ error: string }>("/api/ingest", { method: "POST", body: "Wang met Blinken." });
    assert.equal(text.status, 415);
  });

  test("a body over the limit is a 413 saying so", async () => {
    const r = await postJson({ articles: [{ text: "x".repeat(300 * 1024) }] });
    assert.equal(r.status, 413);
    assert.match(r.body.error ?? "", /larger than the 256 KB limit/);
  });

  test("an upload from another site's page is refused", async () => {
    const r = await t.json<{ error: string }>("/api/ingest", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
      body: JSON.stringify({ articles: [{ text: HOSTILE }] }),
    });
    assert.equal(r.status, 403);
  });

  test("an unknown job is a 404", async () => {
    assert.equal((await t.json("/api/ingest/no-such-job")).status, 404);
  });
});
