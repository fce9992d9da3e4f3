#!/usr/bin/env node
// Throughput of the whole ingest path (read → analyse → store) and of a bare tokenisation pass
// over the same text (the floor), with peak resident memory.
//   npm run bench -- [folder|file.jsonl] [--repeat n]   (--repeat applies to the tokenisation floor)
// Default corpus: ../shared/data/bbc-politics, else the bundled samples.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KnowledgeBase, loadKnowledgeBase } from "../dist/actors/kb.js";
import { analyzeDocument } from "../dist/analyze.js";
import { benchDedup } from "../dist/corpus/dedup/bench.js";
import { ingest } from "../dist/corpus/ingest.js";
import { readInputs } from "../dist/ingest/read.js";
import { loadTriggers } from "../dist/ontology/triggers.js";
import { createPipeline } from "../dist/pipeline/create.js";
import { DEFAULT_STAGES } from "../dist/pipeline/default.js";
import { buildTriggerIndex } from "../dist/stages/events/trigger-index.js";
import { splitSentences } from "../dist/stages/sentences/split.js";
import { tokenize } from "../dist/stages/tokens/tokenize.js";
import { openStore } from "../dist/store/open.js";

const args = process.argv.slice(2);
const repeatAt = args.indexOf("--repeat");
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 1;
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--repeat");
const corpus = positional[0] ?? (existsSync("../shared/data/bbc-politics") ? "../shared/data/bbc-politics" : "samples");

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);

const articles = [];
for await (const r of readInputs([corpus])) if (r.kind === "article") articles.push(r.article);
const texts = articles.map((a) => a.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

let t0 = performance.now();
for (let k = 0; k < repeat; k++)
  for (const t of texts)
    tokenize(
      t,
      splitSentences(t).map((s, index) => ({ ...s, index, furniture: false })),
    );
const floorSeconds = (performance.now() - t0) / 1000;

// The language layer alone (every stage before events), then the whole analysis without a store.
const layer = createPipeline(DEFAULT_STAGES.filter((stage) => stage.name !== "events"));
const ctx = { title: null, url: null, docId: "", kb: loadKnowledgeBase(), triggers: buildTriggerIndex(loadTriggers()) };
const timePass = (fn) => {
  for (const a of articles.slice(0, 50)) fn(a); // warm-up
  const start = performance.now();
  for (let k = 0; k < repeat; k++) for (const a of articles) fn(a);
  return (performance.now() - start) / 1000;
};
const layerSeconds = timePass((a) => layer.run(a.text, { ...ctx, publishedAt: a.publishedAt }));
const analyzeSeconds = timePass((a) => analyzeDocument(a.text, { publishedAt: a.publishedAt }));
// What resolving people costs: the same analysis with a knowledge base that knows no person, so no
// name is looked up against officials (an upper bound: fewer people also means fewer events to code).
const noPeople = new KnowledgeBase();
for (const actor of loadKnowledgeBase().actors.values()) if (actor.kind !== "person") noPeople.add(actor);
for (const [key, entries] of loadKnowledgeBase().surfaces) {
  for (const e of entries) if (noPeople.get(e.actorId)) noPeople.addSurface(key, e.actorId, e.via, e.type);
}
const unresolvedSeconds = timePass((a) => analyzeDocument(a.text, { publishedAt: a.publishedAt, kb: noPeople }));

const dir = mkdtempSync(join(tmpdir(), "annals-bench-"));
const store = await openStore(join(dir, "bench.db"));
t0 = performance.now();
let stored = 0;
let events = 0;
const s = await ingest(store, [corpus]);
stored += s.stored;
events += s.events;
const seconds = (performance.now() - t0) / 1000;
await store.close();
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });

// Cross-article dedup alone, on 100,000 synthetic events (target: under a minute on one core).
const dedup = benchDedup(Number(process.env.BENCH_DEDUP_EVENTS ?? 100_000));

const n = texts.length;
const report = {
  corpus,
  articles: texts.length,
  megabytes: +(bytes / 1e6).toFixed(2),
  stored,
  events,
  ingest_seconds: +seconds.toFixed(2),
  ingest_articles_per_s: Math.round(n / seconds),
  ingest_mb_per_s: +(bytes / 1e6 / seconds).toFixed(2),
  language_layer_articles_per_s: Math.round((texts.length * repeat) / layerSeconds),
  analyze_articles_per_s: Math.round((texts.length * repeat) / analyzeSeconds),
  person_resolution_overhead_pct: Math.round((analyzeSeconds / unresolvedSeconds - 1) * 100),
  tokenize_articles_per_s: Math.round((texts.length * repeat) / floorSeconds),
  full_over_floor: +(seconds / (floorSeconds / repeat)).toFixed(1),
  dedup_events: dedup.n,
  dedup_seconds: +dedup.seconds.toFixed(2),
  peak_rss_mb: Math.round(peak / 1e6),
  node: process.version,
};
console.log(JSON.stringify(report, null, 2));
