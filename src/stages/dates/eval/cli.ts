/**
 * `node dist/stages/dates/eval/cli.js [dir] [--verbose]`: the TempEval-3 DATE scores of the dates
 * stage; `--verbose` lists every missed, spurious and wrongly valued expression.
 */

import { evaluateTempEval } from "./tempeval.js";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? "../shared/data/tempeval3-platinum";
const verbose = args.includes("--verbose");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

try {
  const r = await evaluateTempEval(dir);
  if (r.documents === 0) {
    process.stderr.write(`dates eval: no .tml files in ${dir}\n`);
    process.exit(1);
  }
  const c = r.counts;
  const lines = [
    `TempEval-3 DATE expressions — ${r.documents} documents, ${c.gold} gold, ${c.predicted} predicted`,
    `strict   P ${pct(r.strictP)}  R ${pct(r.strictR)}  F1 ${pct(r.strictF1)}`,
    `relaxed  P ${pct(r.relaxedP)}  R ${pct(r.relaxedR)}  F1 ${pct(r.relaxedF1)}`,
    `value    accuracy ${pct(r.valueAccuracy)} (${c.valueCorrect}/${c.relaxed} relaxed matches)  value F1 ${pct(r.valueF1)}`,
  ];
  if (verbose) {
    for (const m of r.mismatches) {
      lines.push(
        `${m.kind.padEnd(8)} ${m.doc}: "${m.text}" gold=${m.gold ?? "-"} ours=${m.predicted ?? "-"} | ${m.context}`,
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
} catch (error) {
  process.stderr.write(`dates eval: ${(error as Error).message}\n`);
  process.exit(1);
}
