#!/usr/bin/env node
// One ingest run in a process of its own, so that its memory is its own:
//   node scripts/bench/ingest-child.mjs <input> <db path or url> <workers> [stop-after-seconds]
// prints one JSON line: seconds, counts, MB, per-article latency (read → committed) p50/p95, peak RSS
// (the kernel's high-water mark, worker threads included), RSS samples every 5 s, and CPU time per
// stored article: the whole process (every thread) and, on Linux, the main thread alone (the reader
// and writer when workers analyse; everything with one worker) — steadier than rates on a busy machine;
// and the cores it was allowed to run on (see runs.mjs: a run of fewer workers than cores is confined).
import { readFileSync } from "node:fs";
import { resourceUsage } from "node:process";
import { ingest } from "../../dist/corpus/ingest.js";
import { openStore } from "../../dist/store/open.js";
import { percentile } from "./stats.mjs";

const [input, db, workers, stopAfter] = process.argv.slice(2);
/** CPU milliseconds of this process's main thread (Linux: /proc), null elsewhere. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

/** The cores this process may run on (Linux: /proc, e.g. "0" or "0-1"), null elsewhere. */
function allowedCores() {
  try {
    return readFileSync("/proc/self/status", "utf8").match(/^Cpus_allowed_list:\s*(\S+)/m)?.[1] ?? null;
  } catch {
    return null;
  }
}

const store = await openStore(db);
const latencies = [];
const samples = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpuMs();
const sampler = setInterval(() => {
  samples.push([Math.round((performance.now() - t0) / 1000), Math.round(process.memoryUsage().rss / 1e6)]);
}, 5000);
const stop = new AbortController();
if (stopAfter) setTimeout(() => stop.abort(), Number(stopAfter) * 1000).unref();
const summary = await ingest(store, [input], {
  workers: Number(workers),
  signal: stop.signal,
  onStored: (_origin, ms) => latencies.push(ms),
});
clearInterval(sampler);
const cpu = process.cpuUsage(cpu0);
const main1 = mainThreadCpuMs();
await store.close();
const perArticle = (ms) => (summary.stored > 0 && ms !== null ? +(ms / summary.stored).toFixed(2) : null);
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    workers: Number(workers),
    cores: allowedCores(),
    seconds,
    read: summary.read,
    stored: summary.stored,
    rejected: summary.rejected.length,
    events: summary.events,
    megabytes: summary.bytes / 1e6,
    stopped: stop.signal.aborted,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    cpu_ms_per_article: perArticle((cpu.user + cpu.system) / 1000),
    main_thread_cpu_ms_per_article: perArticle(main0 === null || main1 === null ? null : main1 - main0),
    peak_rss_mb: Math.round((resourceUsage().maxRSS * 1024) / 1e6),
    rss_mb_every_5s: samples.map(([, mb]) => mb),
  }),
);
