#!/usr/bin/env node
// A monthly relations series for one dyad in a store of 1,000,000 canonical events, on SQLite and
// PostgreSQL: bulk-loads the same synthetic events (scripts/bench-relations-data.mjs) into a temp
// SQLite file and into PostgreSQL, then times store.relations(a, b, "month"): one warm-up, then
// the median of --runs runs.
//   node scripts/bench-relations.mjs [--events 1000000] [--runs 7] [--pg postgres://…] [--no-pg] [--no-sqlite]
// Without --pg, a throwaway PostgreSQL cluster is started when the server programs are installed.
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../dist/store/open.js";
import { findPgBinaries } from "../dist/testing/pg-binaries.js";
import { startPgCluster } from "../dist/testing/pg-cluster.js";
import { loadPostgres, loadSqlite, syntheticEvents } from "./bench-relations-data.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const n = Number(option("--events", "1000000"));
const runs = Number(option("--runs", "7"));
const DYADS = [
  ["USA", "CHN"],
  ["RUS", "UKR"],
  ["p:person-1", "p:person-2"],
];

const series = new Map(); // kind → the series of every dyad, to check that the stores agree

/** Opens, loads, times and closes one store; returns one result line per dyad. */
async function bench(kind, target, load) {
  await (await openStore(target)).close(); // creates and migrates the schema
  let t = performance.now();
  await load(target, syntheticEvents(n));
  const loadSeconds = (performance.now() - t) / 1000;
  const store = await openStore(target);
  const all = [];
  const lines = [`${kind}: loaded ${n.toLocaleString("en")} events in ${loadSeconds.toFixed(1)} s`];
  for (const [a, b] of DYADS) {
    const first = await store.relations(a, b, "month"); // warm-up
    all.push(first);
    const times = [];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      await store.relations(a, b, "month");
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    const events = first.reduce((s, p) => s + p.total, 0);
    const median = times[Math.floor(times.length / 2)];
    lines.push(`  relations ${a} ${b} month: ${first.length} months, ${events} events, median ${median.toFixed(1)} ms`);
  }
  await store.close();
  series.set(kind, JSON.stringify(all));
  return lines;
}

console.log(`${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
const dir = mkdtempSync(join(tmpdir(), "annals-bench-relations-"));
try {
  if (!args.includes("--no-sqlite"))
    for (const line of await bench("sqlite", join(dir, "bench.db"), async (path, events) => loadSqlite(path, events)))
      console.log(line);
  if (!args.includes("--no-pg")) {
    let url = option("--pg", null);
    const cluster = url === null && findPgBinaries() !== null ? await startPgCluster() : null;
    if (cluster) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query("CREATE DATABASE annals_bench");
      await admin.end();
      url = cluster.url.replace(/\/postgres$/, "/annals_bench");
    }
    if (url === null) console.log("postgres: skipped (no --pg URL and no PostgreSQL server programs found)");
    else for (const line of await bench("postgres", url, loadPostgres)) console.log(line);
    await cluster?.stop();
    if (series.size === 2)
      console.log(`same series on both stores: ${series.get("sqlite") === series.get("postgres")}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
