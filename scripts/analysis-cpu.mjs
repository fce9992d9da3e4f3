#!/usr/bin/env node
// CPU time of the analysis per article, split by pipeline stage, over a corpus analysed a few times in
// this process (after a warm-up pass). CPU time, not wall time: on a shared machine it is the number to
// compare before and after a change.
//
//   node scripts/analysis-cpu.mjs [folder|file.jsonl] [--passes n]
//
// Default corpus: ../shared/data/bbc-politics, else the bundled samples.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeDocument } from "../dist/analyze.js";
import { DEFAULT_STAGES } from "../dist/pipeline/default.js";
import { loadArticles } from "./bench/corpus.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { passes: { type: "string", default: "3" } },
});
const corpus =
  positionals[0] ?? (existsSync("../shared/data/bbc-politics") ? "../shared/data/bbc-politics" : "samples");
const passes = Number(values.passes);
const articles = await loadArticles(corpus);

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
const spent = new Map();
for (const stage of DEFAULT_STAGES) {
  const run = stage.run;
  stage.run = (doc, ctx) => {
    const start = cpu();
    run.call(stage, doc, ctx);
    spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpu() - start);
  };
}

const analyseAll = () => {
  for (const a of articles) analyzeDocument(a.text, { publishedAt: a.publishedAt, title: a.title, url: a.url });
};
analyseAll(); // warm-up: knowledge base, trigger index, JIT
spent.clear();
const start = cpu();
for (let k = 0; k < passes; k++) analyseAll();
const n = articles.length * passes;
const ms = (micros) => +(micros / 1000 / n).toFixed(3);
const report = { corpus, articles: articles.length, passes, analysis_ms_per_article: ms(cpu() - start), stages_ms: {} };
for (const [name, micros] of spent) report.stages_ms[name] = ms(micros);
console.log(JSON.stringify(report, null, 2));
