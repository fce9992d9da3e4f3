#!/usr/bin/env node
import { existsSync } from "node:fs";
import { join } from "node:path";
import { evaluatePetrarch } from "./petrarch-eval.js";
import { byCategory, isCameoRoot } from "./petrarch-report.js";

// npm run eval:petrarch -- [folder]   (default ../shared/data/petrarch-unittest)
const folder = process.argv[2] ?? "../shared/data/petrarch-unittest";
const records = join(folder, "PETR.UnitTest.records.jsonl");
const dictionary = join(folder, "PETR.Validate.actors.txt");
for (const file of [records, dictionary]) {
  if (!existsSync(file)) {
    process.stderr.write(`eval:petrarch: ${file}: no such file\n`);
    process.exit(1);
  }
}
const r = await evaluatePetrarch(records, dictionary);
const s = r.score;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const roots = Object.entries(s.perRoot).sort((a, b) => a[0].localeCompare(b[0]));
const cameo = roots.filter(([root]) => isCameoRoot(root));
const sum = (rows: typeof roots, k: "n" | "correct") => rows.reduce((acc, [, t]) => acc + t[k], 0);
console.log(
  `PETRARCH-2 unit tests: ${r.sentences} sentences (${r.errorRecords} input-error records left out${r.badLines ? `, ${r.badLines} bad lines` : ""})`,
);
console.log(
  `event-root accuracy ${pct(s.rootCorrect / Math.max(1, s.goldEvents))} (${s.rootCorrect}/${s.goldEvents} gold events)`,
);
console.log(
  `  on CAMEO roots 01-20 only ${pct(sum(cameo, "correct") / Math.max(1, sum(cameo, "n")))} (${sum(cameo, "correct")}/${sum(cameo, "n")}; the rest are the suite's made-up codes)`,
);
const types = Object.values(s.perType);
const typeN = types.reduce((a, t) => a + t.n, 0);
const typeOk = types.reduce((a, t) => a + t.correct, 0);
console.log(
  `PLOVER type accuracy ${pct(typeOk / Math.max(1, typeN))} (${typeOk}/${typeN}; gold CAMEO mapped by the crosswalk)`,
);
console.log(
  `coded events beyond the gold count: ${s.spurious}; no-event sentences coded: ${r.noEvent.coded}/${r.noEvent.n}`,
);
const line = (name: string, p: typeof s.dyad) =>
  `${name} P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
console.log(line("dyad (side, country)", s.dyad));
console.log(line("triple (source, target, root)", s.triple));
console.log("\nper root (gold): n, correct, missed coded as");
for (const [root, t] of roots) {
  const as = Object.entries(t.as).sort((a, b) => b[1] - a[1]);
  console.log(
    `  ${root}  ${String(t.n).padStart(3)}  ${String(t.correct).padStart(3)}  ${as.map(([p, n]) => `${p}:${n}`).join(" ")}`,
  );
}
const confusions = roots
  .flatMap(([root, t]) => Object.entries(t.as).map(([as, n]) => ({ root, as, n })))
  .sort((a, b) => b.n - a.n)
  .slice(0, 10);
console.log("\ntop confusions of roots (gold → coded)");
for (const c of confusions) console.log(`  ${c.root} → ${c.as.padEnd(4)} ${c.n}`);
console.log("\nper PLOVER type (gold): n, correct, missed coded as");
for (const [type, t] of Object.entries(s.perType).sort()) {
  const as = Object.entries(t.as).sort((a, b) => b[1] - a[1]);
  console.log(
    `  ${type.padEnd(10)} ${String(t.n).padStart(3)}  ${String(t.correct).padStart(3)}  ${as.map(([p, n]) => `${p}:${n}`).join(" ")}`,
  );
}
console.log("\nper test category: sentences, gold events, root correct, sentences with gold events but none coded");
for (const [category, c] of Object.entries(byCategory(r.results)).sort()) {
  console.log(
    `  ${category.padEnd(10)} ${String(c.sentences).padStart(3)}  ${String(c.gold).padStart(3)}  ${String(c.correct).padStart(3)}  ${String(c.silent).padStart(3)}`,
  );
}
