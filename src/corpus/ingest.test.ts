import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { type IngestOptions, type IngestSummary, ingest } from "./ingest.js";
import { createIngestWriter } from "./ingest-writer.js";

const SAMPLES = fileURLToPath(new URL("../../samples", import.meta.url));

/** What a run leaves in the store, whatever its order: documents, and canonical events with their mentions. */
async function corpusOf(store: Store): Promise<string[]> {
  const docs = (await store.listDocuments()).map(({ ingested_at: _, ...d }) => JSON.stringify(d));
  const events = (await store.listEvents()).map((e) => JSON.stringify(e));
  return [...docs, ...events];
}

async function run(options: IngestOptions): Promise<{ summary: IngestSummary; corpus: string[] }> {
  const store = await openStore(":memory:");
  try {
    const summary = await ingest(store, [SAMPLES], options);
    return { summary, corpus: await corpusOf(store) };
  } finally {
    await store.close();
  }
}

describe("ingest with worker threads", () => {
  it("stores the same documents and canonical events with 1 or 3 workers, and tiny windows", async () => {
    const one = await run({ workers: 1 });
    const three = await run({ workers: 3 });
    const narrow = await run({ workers: 2, window: 1 });
    assert.ok(one.summary.stored > 10 && one.summary.events > 10);
    assert.deepEqual(three.corpus, one.corpus);
    assert.deepEqual(narrow.corpus, one.corpus);
    assert.deepEqual(
      [three.summary.stored, three.summary.events, three.summary.duplicates],
      [one.summary.stored, one.summary.events, one.summary.duplicates],
    );
  });

  it("is idempotent: a second run with workers stores nothing again", async () => {
    const store = await openStore(":memory:");
    try {
      const first = await ingest(store, [SAMPLES], { workers: 2 });
      const again = await ingest(store, [SAMPLES], { workers: 2 });
      assert.equal(again.stored, 0);
      assert.equal(again.duplicates, first.read);
    } finally {
      await store.close();
    }
  });

  it("rejects an article whose analysis failed, with its one-line reason", async () => {
    const store = await openStore(":memory:");
    try {
      const summary: IngestSummary = {
        read: 1,
        stored: 0,
        duplicates: 0,
        rejected: [],
        events: 0,
        bytes: 0,
        seconds: 0,
        current: null,
      };
      const article = {
        origin: "a.txt",
        text: "x",
        title: null,
        source: null,
        url: null,
        externalId: null,
        publishedAt: null,
        dateSource: null,
        format: "text",
      };
      const reason = "analysis worker crashed: exit code 7";
      await createIngestWriter(store, summary).write([{ article, readAt: 0, outcome: { kind: "failed", reason } }]);
      assert.deepEqual(summary.rejected, [{ origin: "a.txt", code: "analysis", reason }]);
    } finally {
      await store.close();
    }
  });
});
