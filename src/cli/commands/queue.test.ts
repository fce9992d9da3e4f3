import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { openQueue } from "../../queue/pg-queue.js";
import { annals, tempDir } from "../../testing/cli.js";
import { createTestDatabase, pgSkipReason, type TestDatabase } from "../../testing/pg-test-db.js";

const SAMPLES = new URL("../../../samples", import.meta.url).pathname;

describe("annals queue: usage", () => {
  it("refuses a SQLite store in one line, exit 1", () => {
    const r = annals(["queue", "--db", join(tempDir(), "annals.db")]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^annals queue: queue needs a postgres:\/\/ store in --db/);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  });

  it("is listed in the help with its options", () => {
    assert.match(annals(["--help"]).stdout, /queue +show the article queue/);
    const help = annals(["queue", "--help"]).stdout;
    for (const option of ["--failed", "--format"]) assert.ok(help.includes(option), option);
  });
});

describe("annals queue: the state of a queue", { skip: pgSkipReason() }, () => {
  let db: TestDatabase;
  let total: number;
  before(async () => {
    db = await createTestDatabase();
    const queued = annals(["ingest", "--queue", SAMPLES, "--db", db.url]);
    assert.equal(queued.status, 0, queued.stderr);
    total = Number(/^queued (\d+) of/.exec(queued.stderr)?.[1]);
    assert.ok(total >= 10, queued.stderr);
    // One worker holds two jobs; one of them fails on its only attempt.
    const queue = await openQueue(db.url, { maxAttempts: 1 });
    try {
      const [held, broken] = await queue.claim("reader-1", 2, 300);
      assert.ok(held && broken);
      assert.equal(await queue.fail(broken.job_id, "reader-1", "could not read\nthe bundle"), "failed");
    } finally {
      await queue.close();
    }
  });
  after(async () => {
    await db?.drop();
  });

  it("counts jobs per state and names the worker holding one", () => {
    const r = annals(["queue", "--db", db.url, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const status = JSON.parse(r.stdout);
    assert.deepEqual(status.counts, { queued: total - 2, running: 1, analysed: 0, done: 0, failed: 1 });
    assert.equal(status.workers.length, 1);
    assert.equal(status.workers[0].worker_id, "reader-1");
    assert.equal(status.workers[0].running, 1);
    assert.ok(status.workers[0].lease_seconds > 200 && status.workers[0].lease_seconds <= 300);
    assert.equal(status.head.state, "running", "the oldest open job is the one held");
    assert.equal(status.failed.length, 1);
    assert.equal(status.failed[0].last_error, "could not read the bundle");
  });

  it("prints one line per state, the worker and the failure in the table", () => {
    const r = annals(["queue", "--db", db.url]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^queued +${total - 2}$`, "m"));
    assert.match(r.stdout, /^running +1$/m);
    assert.match(r.stdout, /^next to save: job \d+ \S+ \(running, attempt 1\)$/m);
    assert.match(r.stdout, /^ {2}reader-1 {2}1 running, lease ends in \d+ s$/m);
    assert.match(r.stdout, /^ {2}job \d+ \S+ \(1 attempt\): could not read the bundle$/m);
  });

  it("lists no failure with --failed 0 but still counts it", () => {
    const status = JSON.parse(annals(["queue", "--db", db.url, "--format", "json", "--failed", "0"]).stdout);
    assert.equal(status.counts.failed, 1);
    assert.deepEqual(status.failed, []);
  });
});
