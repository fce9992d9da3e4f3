import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "../../store/open.js";
import { writeMixedArticles } from "../../testing/article-batch.js";
import { annals, annalsAsync, tempDir } from "../../testing/cli.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";
import { exited, killOneCoding, query, waitFor } from "../../testing/worker-processes.js";

const SAMPLES = new URL("../../../samples", import.meta.url).pathname;

describe("annals worker and ingest --queue: usage", () => {
  const db = join(tempDir(), "annals.db");
  const table: [string, string[], RegExp][] = [
    [
      "worker with a SQLite store",
      ["worker", "--db", db],
      /^annals worker: worker needs a postgres:\/\/ store in --db/,
    ],
    ["worker with the default store", ["worker"], /needs a postgres:\/\/ store in --db \(got "\.\/annals\.db"\)/],
    [
      "ingest --queue with a SQLite store",
      ["ingest", "--queue", SAMPLES, "--db", db],
      /ingest --queue needs a postgres/,
    ],
    [
      "a batch of 0",
      ["worker", "--db", "postgres://nobody@127.0.0.1:1/x", "--batch", "0"],
      /--batch must be at least 1/,
    ],
    [
      "a lease that is not a number",
      ["worker", "--db", "postgres://x@127.0.0.1:1/x", "--lease", "soon"],
      /--lease must be/,
    ],
  ];
  for (const [name, args, message] of table) {
    it(`refuses ${name} in one line, exit 1`, () => {
      const r = annals(args);
      assert.equal(r.status, 1);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    });
  }

  it("explains its options in --help", () => {
    const worker = annals(["worker", "--help"]);
    assert.equal(worker.status, 0);
    for (const option of ["--batch", "--lease", "--until-empty", "--id", "--attempts"]) {
      assert.ok(worker.stdout.includes(option), option);
    }
    assert.match(annals(["ingest", "--help"]).stdout, /--queue +only queue the articles for `annals worker`/);
    assert.match(annals(["--help"]).stdout, /worker +take queued articles/);
  });
});

describe("annals worker: three processes, one killed", { skip: pgSkipReason() }, () => {
  let work: TestDatabase;
  let sequential: TestDatabase;
  let inputs: string[];
  before(async () => {
    [work, sequential] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    inputs = [SAMPLES, writeMixedArticles(SAMPLES, 200)];
  });
  after(async () => {
    await work?.drop();
    await sequential?.drop();
  });

  it("stores every article once and the same events as one sequential ingest", { timeout: 600_000 }, async () => {
    const queued = annals(["ingest", "--queue", ...inputs, "--db", work.url]);
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stderr, /^queued 222 of 222 articles/);
    assert.match(
      annals(["ingest", "--queue", ...inputs, "--db", work.url]).stderr,
      /^queued 0 of 222 articles: 222 already/,
    );

    const started = performance.now();
    const reference = exited(annalsAsync(["ingest", ...inputs, "--db", sequential.url, "--quiet"]));
    const workers = new Map(
      ["w1", "w2", "w3"].map((id) => [
        id,
        annalsAsync(["worker", "--db", work.url, "--batch", "4", "--lease", "2", "--until-empty", "--id", id]),
      ]),
    );
    const finished = new Map([...workers].map(([id, child]) => [id, exited(child)]));
    const { victim, held } = await killOneCoding(work.url, workers);
    const survivors = [...finished].filter(([id]) => id !== victim);
    for (const [id, result] of survivors) {
      const r = await result;
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`^worker ${id}: \\d+ analysed, \\d+ stored`, "m"));
    }
    const seconds = (performance.now() - started) / 1000;
    assert.equal((await reference).status, 0);

    const q = await query(work.url, "SELECT state, count(*)::int AS n FROM queue_jobs GROUP BY state");
    assert.deepEqual(q, [{ state: "done", n: 222 }], "no job lost, left running or failed");
    const attempts = await query(work.url, "SELECT attempts FROM queue_jobs WHERE job_id = ANY($1)", [held]);
    const retried = attempts.filter((row) => (row.attempts as number) >= 2).length;
    assert.ok(held.length >= 1, "the worker died holding jobs");
    assert.equal(retried, held.length, `${retried} of the ${held.length} jobs the killed worker held coded again`);

    const store = await openStore(work.url);
    try {
      assert.equal(await store.countDocuments(), 222, "every article stored exactly once");
    } finally {
      await store.close();
    }
    const events = annals(["events", "--db", work.url, "--format", "jsonl"]).stdout;
    const expected = annals(["events", "--db", sequential.url, "--format", "jsonl"]).stdout;
    assert.ok(expected.split("\n").length > 200);
    assert.equal(events, expected, "the same canonical events as a sequential ingest");
    process.stderr.write(
      `# 222 articles, 3 workers (one killed holding ${held.length} jobs, ${retried} coded again): ${seconds.toFixed(1)} s\n`,
    );
  });
});

describe("annals worker: stopping and queueing", { skip: pgSkipReason() }, () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    await db?.drop();
  });

  it("queues good inputs but not stored ones, names rejected ones, exit 2", () => {
    const stored = annals(["ingest", join(SAMPLES, "wang-yi-washington-dateline.txt"), "--db", db.url, "--quiet"]);
    assert.equal(stored.status, 0, stored.stderr);
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const r = annals(["ingest", "--queue", SAMPLES, dir, "--db", db.url]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^rejected .*empty\.txt: .+$/m);
    assert.match(r.stderr, /^queued 21 of 22 articles: 1 already queued or stored, 1 rejected/m);
  });

  it("on SIGTERM finishes its article, gives back the rest of its batch and exits 0", {
    timeout: 120_000,
  }, async () => {
    const worker = annalsAsync(["worker", "--db", db.url, "--batch", "4", "--id", "term"]);
    const result = exited(worker);
    await waitFor(db.url, "SELECT count(*)::int AS n FROM queue_jobs WHERE state = 'done'", 3);
    worker.kill("SIGTERM");
    const r = await result;
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^worker term: stopping after the current article$/m);
    assert.match(r.stderr, /^worker term: \d+ analysed, \d+ stored/m);
    const left = await query(db.url, "SELECT state, attempts FROM queue_jobs WHERE state NOT IN ('done')");
    assert.ok(left.length > 0, "stopped before the end");
    for (const row of left) assert.deepEqual(row, { state: "queued", attempts: 0 });
  });

  it("waits for work when the queue is empty, and stops on SIGTERM while waiting", { timeout: 120_000 }, async () => {
    const worker = annalsAsync(["worker", "--db", db.url, "--id", "idle"]);
    const result = exited(worker);
    await waitFor(db.url, "SELECT count(*)::int AS n FROM queue_jobs WHERE state = 'done'", 21);
    await sleep(300);
    worker.kill("SIGTERM");
    const r = await result;
    assert.equal(r.status, 0, r.stderr);
    assert.equal(annals(["docs", "--db", db.url, "--format", "jsonl"]).stdout.trim().split("\n").length, 22);
  });
});
