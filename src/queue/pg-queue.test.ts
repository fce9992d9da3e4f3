import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { contentHash } from "../corpus/content-hash.js";
import type { RawArticle } from "../ingest/article.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../testing/pg-test-db.js";
import { openQueue, type PgQueue } from "./pg-queue.js";

function article(text: string, origin = "test.txt"): RawArticle {
  return {
    origin,
    text,
    title: "Talks",
    source: "Wire",
    url: null,
    externalId: null,
    publishedAt: "2023-06-19",
    dateSource: "header",
    format: "text",
  };
}

async function enqueueTexts(queue: PgQueue, n: number, tag: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const text = `Blinken met Wang Yi in Beijing (${tag} ${i}).`;
    await queue.enqueue(article(text), contentHash(text));
  }
}

describe("PostgreSQL job queue", { skip: pgSkipReason() }, () => {
  let db: TestDatabase;
  const opened: PgQueue[] = [];
  const open = async (maxAttempts?: number) => {
    const q = await openQueue(db.url, maxAttempts ? { maxAttempts } : {});
    opened.push(q);
    return q;
  };
  const clear = async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("TRUNCATE queue_jobs");
    await client.end();
  };

  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    for (const q of opened) await q.close();
    await db.drop();
  });

  it("creates its schema once, however many workers open it at the same time", async () => {
    const queues = await Promise.all([open(), open(), open(), open()]);
    assert.equal(queues.length, 4);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const r = await client.query("SELECT count(*)::int AS n, max(version) AS v FROM queue_schema");
    await client.end();
    assert.deepEqual(r.rows[0], { n: 1, v: 1 });
  });

  it("queues an article once, whatever its whitespace or how often it is enqueued", async () => {
    await clear();
    const q = await open();
    const text = "Blinken met Wang Yi in Beijing.\nThey spoke for hours.";
    const same = "Blinken met Wang Yi  in Beijing. They spoke\r\nfor hours.";
    assert.equal(await q.enqueue(article(text), contentHash(text)), "queued");
    assert.equal(await q.enqueue(article(text), contentHash(text)), "duplicate");
    assert.equal(await q.enqueue(article(same, "other.txt"), contentHash(same)), "duplicate");
    assert.deepEqual(await q.counts(), { queued: 1, running: 0, analysed: 0, done: 0, failed: 0 });
    const [job] = await q.claim("w1", 5, 60);
    assert.ok(job);
    assert.equal(job.article.text, text);
    assert.equal(job.article.publishedAt, "2023-06-19");
    assert.equal(job.article.dateSource, "header");
    assert.equal(job.attempts, 1);
    await q.complete(job.job_id, "doc_1");
    assert.equal(await q.enqueue(article(text), contentHash(text)), "duplicate", "a done article is not queued again");
    assert.deepEqual(await q.counts(), { queued: 0, running: 0, analysed: 0, done: 1, failed: 0 });
    assert.equal(await q.hasOpenJobs(), false);
  });

  it("never gives one job to two of many concurrent claimers", async () => {
    await clear();
    await enqueueTexts(await open(), 120, "claim");
    const claimers = await Promise.all([open(), open(), open(), open(), open()]);
    const seen: string[] = [];
    await Promise.all(
      claimers.map(async (q, i) => {
        for (;;) {
          const jobs = await q.claim(`w${i}`, 3, 60);
          if (jobs.length === 0) return;
          seen.push(...jobs.map((j) => j.job_id));
          for (const j of jobs) await q.complete(j.job_id, `doc_${j.job_id}`);
        }
      }),
    );
    assert.equal(seen.length, 120);
    assert.equal(new Set(seen).size, 120, "a job was claimed twice");
    assert.deepEqual(await claimers[0]?.counts(), { queued: 0, running: 0, analysed: 0, done: 120, failed: 0 });
  });

  it("gives a job whose lease expired to another worker, and the first one loses it", async () => {
    await clear();
    const q = await open();
    await enqueueTexts(q, 1, "lease");
    const [first] = await q.claim("killed", 1, 0.5);
    assert.ok(first);
    assert.deepEqual(await q.claim("other", 1, 60), [], "leased: not claimable");
    await sleep(700);
    const [again] = await q.claim("other", 1, 60);
    assert.equal(again?.job_id, first.job_id);
    assert.equal(again?.attempts, 2);
    assert.equal(await q.renew(first, "killed", 60), false);
    assert.equal(
      await q.fail(first.job_id, "killed", "late error"),
      null,
      "a lost job is not failed by its old holder",
    );
    assert.equal(await q.renew(first, "other", 60), true);
  });

  it("retries a failing job until its attempts run out, then marks it failed with one line", async () => {
    await clear();
    const q = await open(2);
    await enqueueTexts(q, 1, "fail");
    const [a] = await q.claim("w", 1, 60);
    assert.ok(a);
    assert.equal(await q.fail(a.job_id, "w", "pipeline broke\n  at stage events"), "queued");
    const [b] = await q.claim("w", 1, 60);
    assert.ok(b);
    assert.equal(await q.fail(b.job_id, "w", "pipeline broke again"), "failed");
    assert.deepEqual(await q.claim("w", 1, 60), []);
    assert.deepEqual(await q.failed(), [
      { job_id: a.job_id, origin: "test.txt", attempts: 2, last_error: "pipeline broke again" },
    ]);
    assert.equal(await q.hasOpenJobs(), false);
    assert.equal(await q.enqueue(b.article, b.content_hash), "requeued", "enqueueing a failed article retries it");
    assert.equal((await q.claim("w", 1, 60))[0]?.attempts, 1);
  });

  it("fails a job whose lease expired on its last attempt instead of running it forever", async () => {
    await clear();
    const q = await open(1);
    await enqueueTexts(q, 1, "expired");
    await q.claim("killed", 1, 0.2);
    await sleep(400);
    assert.deepEqual(await q.claim("other", 1, 60), []);
    const [failed] = await q.failed();
    assert.match(failed?.last_error ?? "", /^lease expired on attempt 1 of 1: worker killed stopped or hung$/);
  });

  it("takes back claimed jobs a stopping worker never started, without counting an attempt", async () => {
    await clear();
    const q = await open();
    await enqueueTexts(q, 3, "release");
    const jobs = await q.claim("stopping", 3, 60);
    await q.release(jobs.slice(1), "stopping");
    assert.deepEqual(await q.counts(), { queued: 2, running: 1, analysed: 0, done: 0, failed: 0 });
    const again = await q.claim("other", 5, 60);
    assert.deepEqual(
      again.map((j) => [j.job_id, j.attempts]),
      jobs.slice(1).map((j) => [j.job_id, 1]),
    );
  });
});
