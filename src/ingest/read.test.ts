import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import type { ReadResult } from "./article.js";
import { readInputs } from "./read.js";

async function collect(gen: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

/** origin (relative to `root`) → "article" or the rejection code. */
function outcomes(results: ReadResult[], root: string): Record<string, string> {
  const rel = (origin: string) =>
    path.relative(root, origin.replace(/([:#]\d+)$/, "")) + (/[:#]\d+$/.exec(origin)?.[0] ?? "");
  return Object.fromEntries(
    results.map((r) =>
      r.kind === "article" ? [rel(r.article.origin), "article"] : [rel(r.rejection.origin), r.rejection.code],
    ),
  );
}

const HUGE = 50 * 1024 * 1024;

function writeFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annals-ingest-"));
  const put = (name: string, data: string | Uint8Array) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  };
  put("a-good.txt", "title: Talks resume\ndate 2023-06-19\n\nBlinken met Wang Yi in Beijing.");
  put(
    "b-good.html",
    "<html><head><title>Xi meets Biden</title></head><body><p>The leaders met in Woodside.</p></body></html>",
  );
  put(
    "c-good.json",
    JSON.stringify([{ text: "Qin Gang spoke to Blinken." }, { body: "Liu visited New York.", date: "2024-01-09" }]),
  );
  put("d-mixed.jsonl", '{"text":"Envoy named."}\n{"text": oops}\n{"text":"Talks end."}\n');
  put("e-binary.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  put("f-nul.txt", Buffer.from("Wang\u0000Yi"));
  put("g-empty.txt", "");
  put("h-latin1.txt", Buffer.from("Le ministre a rencontré Blinken à Pékin.", "latin1"));
  put("i-notes.csv", "country,visits\nCHN,3\n");
  put("README", "Wang Yi held two rounds of talks.");
  put(".hidden.txt", "never read");
  put(".git/config", "never read");
  put("sub/nested.md", "# Nested\n\nBlinken landed.");
  put("sub/feed.xml", "<rss><channel><item><description>Qin Gang arrived.</description></item></channel></rss>");
  fs.symlinkSync("..", path.join(dir, "sub", "loop"));
  // Sparse: 50 MB of NUL bytes. Were it read, it would be rejected as binary, not too-large.
  const fd = fs.openSync(path.join(dir, "j-huge.txt"), "w");
  fs.ftruncateSync(fd, HUGE);
  fs.closeSync(fd);
  return dir;
}

test("readInputs: a folder of good and bad inputs yields every article and a coded rejection for each bad one", async () => {
  const dir = writeFolder();
  try {
    const results = await collect(readInputs([dir]));
    assert.deepEqual(outcomes(results, dir), {
      "a-good.txt": "article",
      "b-good.html": "article",
      "c-good.json#1": "article",
      "c-good.json#2": "article",
      "d-mixed.jsonl:1": "article",
      "d-mixed.jsonl:2": "json",
      "d-mixed.jsonl:3": "article",
      "e-binary.jpg": "binary",
      "f-nul.txt": "binary",
      "g-empty.txt": "empty",
      "h-latin1.txt": "encoding",
      "i-notes.csv": "unsupported",
      "j-huge.txt": "too-large",
      README: "article",
      "sub/feed.xml#item-1": "article",
      "sub/nested.md": "article",
    });
    const origins = results.map((r) => (r.kind === "article" ? r.article.origin : r.rejection.origin));
    assert.deepEqual(origins, [...origins].sort(), "entries are read in name order");
    const huge = results.find((r) => r.kind === "rejected" && r.rejection.code === "too-large");
    assert.match(huge?.kind === "rejected" ? huge.rejection.reason : "", /^file is 50\.0 MB, over the 20\.0 MB limit$/);
    const latin1 = results.find((r) => r.kind === "rejected" && r.rejection.code === "encoding");
    assert.match(latin1?.kind === "rejected" ? latin1.rejection.reason : "", /byte 0xE9 at offset 22/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputs: a JSONL file over maxBytes is streamed, only its lines are limited", async () => {
  const dir = writeFolder();
  try {
    const results = await collect(readInputs([path.join(dir, "d-mixed.jsonl")], { maxBytes: 30 }));
    assert.deepEqual(
      results.map((r) => r.kind === "article" || r.rejection.code),
      [true, "json", true],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputs: --encoding latin1 reads the latin1 file; a missing path is unreadable", async () => {
  const dir = writeFolder();
  try {
    const results = await collect(
      readInputs([path.join(dir, "h-latin1.txt"), path.join(dir, "nope.txt")], { encoding: "latin1" }),
    );
    assert.equal(results[0]?.kind === "article" && results[0].article.text, "Le ministre a rencontré Blinken à Pékin.");
    assert.deepEqual(results[1], {
      kind: "rejected",
      rejection: { origin: path.join(dir, "nope.txt"), code: "unreadable", reason: "no such file or directory" },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("readInputs: the seed articles give 3 dated and 2 undated", async (t) => {
  const seeds = path.resolve(process.cwd(), "../shared/seeds");
  if (!fs.existsSync(seeds)) {
    t.skip(`no seeds at ${seeds}`);
    return;
  }
  const results = await collect(readInputs([seeds]));
  const articles = results.flatMap((r) => (r.kind === "article" ? [r.article] : []));
  assert.equal(articles.length, 5);
  assert.deepEqual(articles.map((a) => a.publishedAt).filter(Boolean), ["2023-01-02", "2021-10-01", "2024-01-09"]);
  assert.equal(articles.filter((a) => a.publishedAt === null).length, 2);
  assert.ok(articles[0]?.text.startsWith("BEIJING, Jan 2"), articles[0]?.text.slice(0, 40));
  assert.equal(articles[2]?.dateSource, "stamp");
});
