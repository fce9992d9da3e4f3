import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import type { EventRecord } from "../../model/records.js";
import { openStore } from "../../store/open.js";
import type { Store } from "../../store/store.js";
import { eventRecord, person } from "../../testing/events.js";
import { saveBulkEvents } from "./bulk-fixture.js";
import { cachedDocuments, exportEvents, streamWriter } from "./stream.js";

const N = 2500;

async function bulkStore(n: number): Promise<Store> {
  const store = await openStore(":memory:");
  await saveBulkEvents(store, n);
  return store;
}

/** Counts the events a source hands out, so a test can see how far ahead of the writer it runs. */
function counted(events: AsyncIterable<EventRecord>) {
  const seen = { n: 0 };
  async function* gen() {
    for await (const e of events) {
      seen.n++;
      yield e;
    }
  }
  return { seen, events: gen() };
}

describe("exportEvents", () => {
  it("streams thousands of events one at a time in every format", async () => {
    const store = await bulkStore(N);
    try {
      for (const format of ["plover", "csv", "petrarch"] as const) {
        const { seen, events } = counted(store.streamEvents({}));
        let lines = 0;
        let maxAhead = 0;
        const written = await exportEvents(events, format, (line) => {
          lines++;
          maxAhead = Math.max(maxAhead, seen.n - (format === "csv" ? lines - 1 : lines));
          if (format !== "csv") assert.ok(!line.includes("\n"), line);
        });
        assert.equal(seen.n, N, format);
        assert.equal(written, format === "csv" ? N + 1 : N, format);
        assert.equal(lines, written);
        assert.ok(maxAhead <= 1, `${format}: ${maxAhead} events read ahead of the writer`);
      }
    } finally {
      await store.close();
    }
  });

  it("waits for 'drain' when the stream's buffer is full", async () => {
    const sink = new PassThrough({ highWaterMark: 64 });
    const e = eventRecord({ date: "2023", actors: [person("a", "A", "USA")], recipients: [person("b", "B", "CHN")] });
    async function* many() {
      for (let i = 0; i < 50; i++) yield { ...e, id: `ev_${i}` };
    }
    let drains = 0;
    sink.on("drain", () => drains++);
    const done = exportEvents(many(), "plover", streamWriter(sink));
    let received = "";
    await new Promise((r) => setTimeout(r, 10));
    assert.ok(sink.writableNeedDrain, "the export should stop at a full buffer");
    sink.on("data", (chunk) => {
      received += chunk;
    });
    assert.equal(await done, 50);
    assert.ok(drains > 0);
    assert.equal(received.trim().split("\n").length, 50);
  });

  it("looks each document up once and keeps only its metadata", async () => {
    let calls = 0;
    const doc = { doc_id: "d", url: "u", source: "s", title: "t", language: "en", ingested_at: "i", text: "long…" };
    const document = cachedDocuments(async (id) => {
      calls++;
      return id === "d" ? doc : null;
    });
    assert.deepEqual(await document("d"), {
      doc_id: "d",
      url: "u",
      source: "s",
      title: "t",
      language: "en",
      ingested_at: "i",
    });
    await document("d");
    assert.equal(await document("x"), null);
    assert.equal(calls, 2);
  });
});
