#!/usr/bin/env node
// One ingest run in a process of its own, so that its memory is its own:
//   node scripts/bench/ingest-child.mjs <input> <db path or url> <workers> [stop-after-seconds]
// prints one JSON line: seconds, counts, MB, per-article latency (read → committed) p50/p95, peak RSS
// (the kernel's high-water mark, worker threads included) and RSS samples every 5 s.
import { resourceUsage } from "node:process";
import { ingest } from "../../dist/corpus/ingest.js";
import { openStore } from "../../dist/store/open.js";
import { percentile } from "./stats.mjs";

const [input, db, workers, stopAfter] = process.argv.slice(2);
const store = await openStore(db);
const latencies = [];
const samples = [];
const t0 = performance.now();
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
await store.close();
const seconds = (performance.now() - t0) / 1000;
console.log(
  JSON.stringify({
    workers: Number(workers),
    seconds,
    read: summary.read,
    stored: summary.stored,
    rejected: summary.rejected.length,
    events: summary.events,
    megabytes: summary.bytes / 1e6,
    stopped: stop.signal.aborted,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    peak_rss_mb: Math.round((resourceUsage().maxRSS * 1024) / 1e6),
    rss_mb_every_5s: samples.map(([, mb]) => mb),
  }),
);
