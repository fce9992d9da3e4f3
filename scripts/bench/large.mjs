// Streaming: a JSONL of gigabytes is read line by line and ingested with memory bounded.
import { join } from "node:path";
import { readInputs } from "../../dist/ingest/read.js";
import { writeLarge } from "./corpus.mjs";
import { ingestOnce, removeSqlite } from "./runs.mjs";

/** Milliseconds to the first article of `path`, and this process's RSS growth by then. */
async function firstArticle(path) {
  const rss = process.memoryUsage().rss;
  const t0 = performance.now();
  for await (const r of readInputs([path])) {
    if (r.kind === "article") break;
  }
  return {
    ms: +(performance.now() - t0).toFixed(1),
    rss_growth_mb: Math.round((process.memoryUsage().rss - rss) / 1e6),
  };
}

/** Writes about `gb` GB of dated JSONL in `dir`, then ingests it with `workers`, stopping after `seconds` if given. */
export async function benchLarge(articles, gb, workers, dir, seconds) {
  const input = join(dir, "large.jsonl");
  const db = join(dir, "large.db");
  const t0 = performance.now();
  const bytes = await writeLarge(articles, gb * 1e9, input, `large-${Date.now().toString(36)}`);
  const written = (performance.now() - t0) / 1000;
  const first = await firstArticle(input);
  const run = ingestOnce(input, db, workers, seconds);
  removeSqlite(db);
  return {
    file_gb: +(bytes / 1e9).toFixed(2),
    write_seconds: Math.round(written),
    first_article: first,
    workers,
    read: run.read,
    stored: run.stored,
    stopped_after_s: run.stopped ? Number(seconds) : null,
    articles_per_s: Math.round(run.read / run.seconds),
    mb_per_s: +(run.megabytes / run.seconds).toFixed(2),
    p50_ms: run.p50_ms,
    p95_ms: run.p95_ms,
    peak_rss_mb: run.peak_rss_mb,
    rss_mb_every_5s: run.rss_mb_every_5s,
  };
}
