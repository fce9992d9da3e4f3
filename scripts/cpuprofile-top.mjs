#!/usr/bin/env node
// The functions a V8 CPU profile spends its time in: self time (the function's own code, native calls
// such as SQLite's included) and inclusive time (with everything it calls).
//   node --cpu-prof --cpu-prof-dir=prof dist/cli/main.js ingest corpus/ --db /tmp/p.db --workers 1
//   node scripts/cpuprofile-top.mjs prof/*.cpuprofile [rows]
import { readFileSync } from "node:fs";

const [file, rows = "30"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/cpuprofile-top.mjs <file.cpuprofile> [rows]");
  process.exit(1);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const spent = new Map();
profile.samples.forEach((id, i) => {
  spent.set(id, (spent.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const name = (n) => {
  const where = n.callFrame.url.replace(/^.*\/(dist|node_modules)\//, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${where}:${n.callFrame.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const [id, micros] of spent) {
  total += micros;
  const key = name(nodes.get(id));
  self.set(key, (self.get(key) ?? 0) + micros);
  // each function once per sample, however deep it recurses
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = name(nodes.get(at));
    if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + micros);
    seen.add(k);
  }
}
const table = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(rows))
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join("\n");
console.log(`${(total / 1000).toFixed(0)} ms sampled\n\nself\n${table(self)}\n\ninclusive\n${table(inclusive)}`);
