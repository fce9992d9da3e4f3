/**
 * `node dist/actors/eval/cli.js [fixture.json] [--all]`: resolves the spelling variants and near misses
 * of data/eval/name-variants.json with the built-in knowledge base, and prints precision, recall, counts
 * and every error (`--all`: every case).
 */

import { loadKnowledgeBase } from "../kb.js";
import type { Resolution } from "../resolve.js";
import { DEFAULT_FIXTURE, loadFixture } from "./fixture.js";
import { type CaseResult, scoreFixture } from "./score.js";

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--")) ?? DEFAULT_FIXTURE;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function describe(r: Resolution): string {
  if (r.kind === "exact") return `exact ${r.actorId}`;
  if (r.kind === "variant") return `variant ${r.actorId} (${r.evidence})`;
  if (r.kind === "ambiguous") return `ambiguous ${r.candidates.join(" | ")}`;
  return "unknown";
}

const line = (c: CaseResult) =>
  `${c.set.padEnd(9)} "${c.name}" want ${c.expected ?? "nobody"}${c.avoid ? ` (not ${c.avoid})` : ""} → ${describe(c.resolution)}${c.note ? ` — ${c.note}` : ""}`;

try {
  const s = scoreFixture(loadFixture(path), loadKnowledgeBase());
  const count = (set: CaseResult["set"], kind: Resolution["kind"]) =>
    s.cases.filter((c) => c.set === set && c.resolution.kind === kind).length;
  const kinds = (set: CaseResult["set"]) =>
    (["exact", "variant", "ambiguous", "unknown"] as const).map((k) => `${k} ${count(set, k)}`).join(", ");
  const lines = [
    `actor resolution — ${s.variants} variants, ${s.nearMisses} near misses`,
    `precision ${pct(s.precision)} (${s.right}/${s.resolved} resolutions right; spelling variants alone ${s.variantRight}/${s.variantResolved})`,
    `recall    ${pct(s.recall)} (${s.found}/${s.variants} variants resolved to their actor)`,
    `variants:     ${kinds("variant")}`,
    `near misses:  ${kinds("near-miss")}; merged with the person they are not: ${s.merged}`,
    ...s.invalid.map((i) => `invalid   ${i}`),
    ...(args.includes("--all") ? s.cases : s.errors).map(line),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
} catch (error) {
  process.stderr.write(`actors eval: ${(error as Error).message}\n`);
  process.exit(1);
}
