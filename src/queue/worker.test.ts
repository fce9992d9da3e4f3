import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import pg from "pg";
import { ingest } from "../corpus/ingest.js";
import { codeArticle } from "../corpus/store-article.js";
import { openStore } from "../store/open.js";
import type { Store } from "../store/store.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../testing/pg-test-db.js";
import { enqueueInputs } from "./enqueue.js";
import { openQueue, type PgQueue } from "./pg-queue.js";
import { runWorker, type WorkerOptions } from "./worker.js";

const SAMPLES = new URL("../../samples", import.meta.url).pathname;

/** Every canonical event as JSON, in id order: two corpora with equal strings are the same. */
async function eventsOf(store: Store): Promise<string[]> {
  return (await store.listEvents({})).map((e) => JSON.stringify(e)).sort();
}

// The worker loop over the PostgreSQL queue, with an in-memory SQLite store: the queue's part alone.
describe("annals worker loop", { skip: pgSkipReason() }, () => {
  let db: TestDatabase;
  let queue: PgQueue;
  const stores: Store[] = [];
  const store = async () => {
    const s = await openStore(":memory:");
    stores.push(s);
    return s;
  };
  const work = (s: Store, options: Partial<WorkerOptions> = {}) =>
    runWorker(queue, s, { workerId: "w", untilEmpty: true, pollMs: 20, ...options });

  before(async () => {
    db = await createTestDatabase();
    queue = await openQueue(db.url, { maxAttempts: 2 });
  });
  beforeEach(async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("TRUNCATE queue_jobs");
    await client.end();
  });
  after(async () => {
    for (const s of stores) await s.close();
    await queue.close();
    await db.drop();
  });

  it("leaves the corpus one ingest of the same inputs leaves, however many workers share the queue", async () => {
    const sequential = await store();
    await ingest(sequential, [SAMPLES]);
    const queued = await enqueueInputs(queue, [SAMPLES]);
    assert.equal(queued.queued, 22);
    const shared = await store();
    const summaries = await Promise.all(
      ["a", "b", "c"].map((id) => work(shared, { workerId: id, code: slowly(id === "a" ? 0 : 3) })),
    );
    assert.equal(
      summaries.reduce((n, s) => n + s.analysed, 0),
      22,
    );
    assert.equal(
      summaries.reduce((n, s) => n + s.stored, 0),
      22,
    );
    assert.ok(summaries.filter((s) => s.analysed > 0).length > 1, "the work was shared");
    assert.equal(await shared.countDocuments(), 22);
    assert.deepEqual(await eventsOf(shared), await eventsOf(sequential));
    assert.deepEqual(await queue.counts(), { queued: 0, running: 0, analysed: 0, done: 22, failed: 0 });
  });

  it("retries an article whose analysis fails, then marks it failed with its error; the rest is stored", async () => {
    await enqueueInputs(queue, [SAMPLES]);
    const errors: string[] = [];
    const summary = await work(await store(), {
      code(job, kb) {
        if (job.article.origin.endsWith("yellen-beijing-visit.txt")) throw new Error("tokenizer blew up\nat line 3");
        return codeArticle(job.article, job.content_hash, kb);
      },
      onError: (origin, error, outcome) => errors.push(`${origin.split("/").pop()} ${outcome}: ${error}`),
    });
    assert.deepEqual(errors, [
      "2023-07-09-yellen-beijing-visit.txt queued: tokenizer blew up\nat line 3",
      "2023-07-09-yellen-beijing-visit.txt failed: tokenizer blew up\nat line 3",
    ]);
    assert.equal(summary.stored, 21);
    assert.equal(summary.retried, 1);
    assert.equal(summary.failed, 1);
    const [failed] = await queue.failed();
    assert.equal(failed?.last_error, "tokenizer blew up at line 3");
    assert.equal(failed?.attempts, 2);
  });

  it("puts back a job whose save failed, and saves nothing past it until it is stored", async () => {
    const sequential = await store();
    await ingest(sequential, [SAMPLES]);
    await enqueueInputs(queue, [SAMPLES]);
    const errors: string[] = [];
    const s = await store();
    let failures = 0;
    const flaky = new Proxy(s, {
      get(target, key) {
        if (key === "saveDocument") {
          return async (...args: Parameters<Store["saveDocument"]>) => {
            if (failures === 0 && args[0].document.origin.endsWith("2022-11-14-bali-summit-liveblog.txt")) {
              failures++;
              throw new Error("could not write: disk full");
            }
            return target.saveDocument(...args);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const summaries = await Promise.all(
      ["a", "b"].map((id) =>
        work(flaky, {
          workerId: id,
          onError: (origin, error, outcome) => errors.push(`${origin.split("/").pop()} ${outcome}: ${error}`),
        }),
      ),
    );
    assert.deepEqual(errors, ["2022-11-14-bali-summit-liveblog.txt queued: could not write: disk full"]);
    assert.equal(
      summaries.reduce((n, x) => n + x.stored, 0),
      22,
    );
    assert.deepEqual(await eventsOf(s), await eventsOf(sequential), "saved in order all the same");
  });

  it("saves the analysis a killed worker left behind, and skips articles already stored", async () => {
    const s = await store();
    await ingest(s, [`${SAMPLES}/wang-yi-washington-dateline.txt`]);
    await enqueueInputs(queue, [SAMPLES]);
    const [job] = await queue.claim("killed", 1, 60); // the oldest job: analysed, then the worker died
    assert.ok(job);
    const { loadKnowledgeBase } = await import("../actors/kb.js");
    assert.equal(
      await queue.analysed(job, "killed", codeArticle(job.article, job.content_hash, loadKnowledgeBase())),
      true,
    );
    let coded = 0;
    const summary = await work(s, {
      code: (j, kb) => {
        coded++;
        return codeArticle(j.article, j.content_hash, kb);
      },
    });
    assert.equal(coded, 20, "neither the stored article nor the analysed one analysed again");
    assert.equal(summary.skipped, 1);
    assert.equal(summary.stored, 21);
    assert.equal(await s.countDocuments(), 22);
  });

  it("waits instead of analysing ahead of saving without bound, and takes over a dead worker's job", async () => {
    await enqueueInputs(queue, [SAMPLES]);
    const [held] = await queue.claim("dead", 1, 1); // the oldest job: nothing can be saved before it
    let mostWaiting = 0;
    const summary = await work(await store(), {
      maxWaiting: 3,
      async code(job, kb) {
        mostWaiting = Math.max(mostWaiting, await queue.waiting(100));
        return codeArticle(job.article, job.content_hash, kb);
      },
    });
    assert.equal(mostWaiting, 3, "at most three analyses waited for the dead worker's job");
    assert.equal(summary.stored, 22);
    assert.deepEqual(await queue.counts(), { queued: 0, running: 0, analysed: 0, done: 22, failed: 0 });
    assert.ok(held);
  });

  it("does not queue an article the store already holds, when asked to look", async () => {
    const s = await store();
    await ingest(s, [`${SAMPLES}/wang-yi-washington-dateline.txt`]);
    const summary = await enqueueInputs(queue, [SAMPLES], {}, (hash) => s.hasDocument(hash));
    assert.deepEqual([summary.read, summary.queued, summary.duplicates], [22, 21, 1]);
  });

  it("stops when aborted: finishes the current article and gives back the rest of its batch", async () => {
    await enqueueInputs(queue, [SAMPLES]);
    const stop = new AbortController();
    const summary = await work(await store(), {
      batch: 5,
      signal: stop.signal,
      code(job, kb) {
        stop.abort();
        return codeArticle(job.article, job.content_hash, kb);
      },
    });
    assert.equal(summary.analysed, 1);
    assert.deepEqual(await queue.counts(), { queued: 21, running: 0, analysed: 0, done: 1, failed: 0 });
  });
});

/** The pipeline, after a pause of `ms` so that concurrent workers interleave. */
function slowly(ms: number): WorkerOptions["code"] {
  return async (job, kb) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return codeArticle(job.article, job.content_hash, kb);
  };
}
