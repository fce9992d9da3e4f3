#!/usr/bin/env node
// Throughput of the whole ingest path (read → analyse → store, with the cross-article join and the
// dating of undated articles) with 1 and N workers, beside the analysis alone, the language layer,
// the cost of resolving people, a bare tokenisation pass (the floor) and dedup of 100k events.
//
//   npm run bench -- [folder|file.jsonl] [--articles n] [--workers n] [--runs n] [--db postgres://…]
//                    [--large-gb x [--large-seconds s]] [--ingest-only] [--unconfined]
//
// Default corpus: ../shared/data/bbc-politics, else the bundled samples, repeated to --articles
// (default 2000) with a unique marker line per copy. --db (or ANNALS_BENCH_PG) adds the same runs on
// PostgreSQL: use a scratch database, every run adds new documents. --large-gb writes a JSONL of that
// size and ingests it with N workers, sampling memory (slow: --large-seconds stops it early). A run
// of fewer workers than cores is confined to that many cores (taskset, on Linux), so that one worker
// is measured on one core: `cores` in each series says which; --unconfined lets every run use all.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchDedup } from "../dist/corpus/dedup/bench.js";
import { benchAnalysis, floorPerArticle } from "./bench/analysis.mjs";
import { loadArticles, writeRepeated } from "./bench/corpus.mjs";
import { benchLarge } from "./bench/large.mjs";
import { ingestSeries, removeSqlite } from "./bench/runs.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: "string", default: "2000" },
    workers: { type: "string", default: String(availableParallelism()) },
    runs: { type: "string", default: "1" },
    db: { type: "string" },
    "large-gb": { type: "string" },
    "large-seconds": { type: "string" },
    "ingest-only": { type: "boolean", default: false },
    unconfined: { type: "boolean", default: false },
  },
});
const corpus =
  positionals[0] ?? (existsSync("../shared/data/bbc-politics") ? "../shared/data/bbc-politics" : "samples");
const n = Number(values.articles);
const workers = Number(values.workers);
const runs = Number(values.runs);
const pg = values.db ?? process.env.ANNALS_BENCH_PG;
const tag = Date.now().toString(36);
const dir = mkdtempSync(join(tmpdir(), "annals-bench-"));
const log = (line) => process.stderr.write(`${line}\n`);

try {
  const articles = await loadArticles(corpus);
  const input = join(dir, "corpus.jsonl");
  const bytes = await writeRepeated(articles, n, input, tag);
  const counts = [...new Set([1, workers])];
  const report = { corpus, corpus_articles: articles.length, articles: n, jsonl_mb: +(bytes / 1e6).toFixed(1) };
  report.load_average = loadavg().map((l) => +l.toFixed(2));

  log(`ingest: ${n} articles into SQLite with ${counts.join(" and ")} worker(s), ${runs} run(s) each`);
  const confine = !values.unconfined;
  report.sqlite = await ingestSeries(
    counts,
    runs,
    (w, run) => {
      const db = join(dir, `w${w}-r${run}.db`);
      return { input, db, cleanup: () => removeSqlite(db) };
    },
    confine,
  );
  if (pg) {
    log("ingest: the same on PostgreSQL");
    report.postgres = await ingestSeries(
      counts,
      runs,
      async (w, run) => {
        const fresh = join(dir, `pg-w${w}-r${run}.jsonl`); // new content hashes: the database keeps what it stored
        await writeRepeated(articles, n, fresh, `${tag}-pg${w}-${run}`);
        return { input: fresh, db: pg, cleanup: () => rmSync(fresh) };
      },
      confine, // the client only: PostgreSQL's own processes run where the system puts them
    );
  }
  // the floor: a bare tokenisation pass, against the one-core full pipeline
  const floor = floorPerArticle(articles);
  const one = report.sqlite.find((s) => s.workers === 1);
  report.tokenize_articles_per_s = Math.round(1 / floor);
  report.full_over_floor = +(1 / one.median_articles_per_s / floor).toFixed(1);
  if (!values["ingest-only"]) {
    log("analysis alone, language layer, person resolution");
    Object.assign(report, benchAnalysis(articles));
    // cross-article dedup alone, on 100,000 synthetic events (target: under a minute on one core)
    const dedup = benchDedup(Number(process.env.BENCH_DEDUP_EVENTS ?? 100_000), () => {});
    report.dedup_events = dedup.n;
    report.dedup_seconds = +dedup.seconds.toFixed(2);
  }
  if (values["large-gb"]) {
    log(`large input: ${values["large-gb"]} GB of JSONL, ${workers} workers`);
    report.large = await benchLarge(articles, Number(values["large-gb"]), workers, dir, values["large-seconds"]);
  }
  report.load_average_after = loadavg().map((l) => +l.toFixed(2));
  report.node = process.version;
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
