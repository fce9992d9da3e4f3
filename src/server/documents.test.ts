import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { DocumentResponse, DocumentsPage } from "./api-types.js";
import { startTestServer, type TestServer } from "./test-fixture.js";

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.stop());

describe("GET /api/documents", () => {
  test("summaries without text, paged until next_offset is null", async () => {
    const total = await t.store.countDocuments();
    const ids: string[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const { status, body }: { status: number; body: DocumentsPage } = await t.json(
        `/api/documents?limit=7&offset=${offset}`,
      );
      assert.equal(status, 200);
      for (const d of body.items) assert.equal("text" in d, false);
      ids.push(...body.items.map((d) => d.doc_id));
      offset = body.next_offset;
    }
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
  });

  test("q: full-text match", async () => {
    const { body } = await t.json<DocumentsPage>("/api/documents?q=balloon");
    assert.ok(body.items.length > 0 && body.items.length < (await t.store.countDocuments()));
    for (const d of body.items) {
      const doc = await t.store.getDocument(d.doc_id);
      assert.match(`${doc?.title} ${doc?.text}`, /balloon/i);
    }
  });

  test("a malformed full-text query is taken word by word, never an error", async () => {
    const r = await t.json<DocumentsPage>(`/api/documents?q=${encodeURIComponent('"unbalanced AND')}`);
    assert.equal(r.status, 200);
  });

  test("limit=abc is a 400 naming limit", async () => {
    const r = await t.json<{ error: string }>("/api/documents?limit=abc");
    assert.equal(r.status, 400);
    assert.match(r.body.error, /^limit /);
  });
});

describe("GET /api/documents/:id", () => {
  test("the document with its text, layers and events", async () => {
    const [first] = await t.store.listDocuments({ limit: 1 });
    assert.ok(first);
    const { status, body } = await t.json<DocumentResponse>(`/api/documents/${first.doc_id}`);
    assert.equal(status, 200);
    assert.equal(body.document.text, first.text);
    assert.ok(body.sentences.length > 0);
    for (const m of body.mentions) assert.equal(body.document.text.slice(m.start, m.end), m.text);
    assert.ok(body.events.length > 0);
    for (const e of body.events) assert.ok(e.mentions.some((m) => m.doc_id === first.doc_id));
    assert.equal(body.inferred_date, null);
  });

  test("an undated document carries the interval inferred for it", async () => {
    const undated = (await t.store.listDocuments({})).find((d) => d.published_at === null);
    assert.ok(undated, "samples/ holds an undated article");
    const { body } = await t.json<DocumentResponse>(`/api/documents/${undated.doc_id}`);
    assert.deepEqual(body.inferred_date, await t.store.getInferredDate(undated.doc_id));
    assert.notEqual(body.inferred_date, null);
  });

  test("an unknown id is a JSON 404", async () => {
    const r = await t.json<{ error: string }>("/api/documents/doc_000");
    assert.equal(r.status, 404);
    assert.match(r.body.error, /no document/);
  });
});
