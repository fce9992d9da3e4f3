// Ingest runs, each in a child process (scripts/bench/ingest-child.mjs) so that peak memory is the run's own.
import { execFileSync, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { median, range } from "./stats.mjs";

const CHILD = fileURLToPath(new URL("./ingest-child.mjs", import.meta.url));

/** Whether `taskset` (util-linux) can confine a process to some cores here. */
const canConfine = process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/**
 * One ingest of `input` into `db` with `workers`; the child's JSON report. With fewer workers than
 * cores, the run is confined to as many cores as workers (`taskset`, where there is one): a run of
 * one worker is a run on one core, which V8's compiler and collector threads share with it, as
 * they would on a one-core machine; unconfined they run on an idle core for free. `cores` in the
 * report says which cores the run was allowed.
 */
export function ingestOnce(input, db, workers, stopAfter, confine = true) {
  const args = [CHILD, input, db, String(workers), ...(stopAfter ? [String(stopAfter)] : [])];
  const confined = confine && canConfine && workers < availableParallelism();
  const [command, argv] = confined
    ? ["taskset", ["-c", `0-${workers - 1}`, process.execPath, ...args]]
    : [process.execPath, args];
  const out = execFileSync(command, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out.trim().split("\n").at(-1));
}

/**
 * `runs` ingests per worker count; `prepare(workers, run)` gives `{ input, db, cleanup? }` for each.
 * Returns a summary per worker count: ranges over the runs, and the runs themselves.
 */
export async function ingestSeries(workerCounts, runs, prepare, confine = true) {
  const series = [];
  for (const workers of workerCounts) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { input, db, cleanup } = await prepare(workers, run);
      results.push(ingestOnce(input, db, workers, undefined, confine));
      cleanup?.();
    }
    const rate = results.map((r) => r.read / r.seconds);
    series.push({
      workers,
      cores: results[0].cores,
      articles_per_s: range(rate),
      mb_per_s: range(
        results.map((r) => r.megabytes / r.seconds),
        2,
      ),
      p50_ms: range(results.map((r) => r.p50_ms)),
      p95_ms: range(results.map((r) => r.p95_ms)),
      cpu_ms_per_article: range(
        results.map((r) => r.cpu_ms_per_article ?? Number.NaN),
        2,
      ),
      main_thread_cpu_ms_per_article: range(
        results.map((r) => r.main_thread_cpu_ms_per_article ?? Number.NaN),
        2,
      ),
      peak_rss_mb: Math.max(...results.map((r) => r.peak_rss_mb)),
      stored: results[0].stored,
      events: results[0].events,
      median_articles_per_s: Math.round(median(rate)),
    });
  }
  const one = series.find((s) => s.workers === 1);
  for (const s of series)
    if (one && s !== one) s.speedup = +(s.median_articles_per_s / one.median_articles_per_s).toFixed(2);
  return series;
}

/** Removes a SQLite file and its WAL companions. */
export function removeSqlite(path) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
}
