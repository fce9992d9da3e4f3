#!/usr/bin/env node
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { confusionTable } from "./confusion-table.js";
import { evaluatePloverGsr } from "./plover-gsr.js";
import { printMisses } from "./plover-misses.js";

// npm run eval:plover -- [folder or PLOVER_GSR_CAMEO.json] [--misses]   (default ../shared/data/plover-gsr)
// --misses prints every sentence whose type or countries differ, grouped by gold → predicted type.
const args = process.argv.slice(2);
const misses = args.includes("--misses");
const arg = args.find((a) => !a.startsWith("--")) ?? "../shared/data/plover-gsr";
const file = existsSync(arg) && statSync(arg).isDirectory() ? join(arg, "PLOVER_GSR_CAMEO.json") : arg;
if (!existsSync(file)) {
  process.stderr.write(`eval:plover: ${file}: no such file\n`);
  process.exit(1);
}
const r = evaluatePloverGsr(file);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`PLOVER GSR: ${r.sentences} sentences`);
console.log(`event type accuracy ${pct(r.typeAccuracy)}`);
console.log(
  `source/target countries P ${pct(r.dyad.precision)} R ${pct(r.dyad.recall)} F1 ${pct(r.dyad.f1)} (tp ${r.dyad.tp}, fp ${r.dyad.fp}, fn ${r.dyad.fn})`,
);
console.log("\nper type (gold): n, accuracy, most frequent predictions");
for (const [type, t] of Object.entries(r.perType).sort()) {
  const row = Object.entries(r.confusion[type] ?? {}).sort((a, b) => b[1] - a[1]);
  console.log(
    `  ${type.padEnd(10)} ${String(t.n).padStart(3)}  ${pct(t.correct / t.n).padStart(6)}  ${row.map(([p, n]) => `${p}:${n}`).join(" ")}`,
  );
}
console.log(`\nconfusion (rows gold, columns predicted)\n${confusionTable(r.confusion)}`);
if (misses) printMisses(r.items);
