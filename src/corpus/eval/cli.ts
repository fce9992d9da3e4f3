#!/usr/bin/env node
/**
 * Cross-article event dedup on MEANTIME: the dedup decision procedure against the same-lemma
 * baseline, MUC / B³ / CEAF-e / CoNLL, with and without singletons.
 *   node dist/corpus/eval/cli.js [dir] [--dct none|year|month]   (default month)
 * @example npm run eval:dedup -- ../shared/data/meantime-en
 */
import { clusterEvents } from "../dedup/cluster.js";
import type { EventFeatures } from "../dedup/features.js";
import { sameLemma } from "./baseline.js";
import { type DctFallback, readMeantime } from "./meantime.js";
import { type Clusters, type Scores, score, withoutSingletons } from "./metrics.js";

/** Response clusters (mention ids) of the dedup procedure. */
export function dedupClusters(mentions: EventFeatures[]): Clusters {
  const c = clusterEvents(mentions);
  return [...c.clusters.values()].map((cl) => cl.members.map((m) => (mentions[m] as EventFeatures).id));
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** One table row per system. */
export function formatRow(name: string, s: Scores): string {
  const cells = [s.muc, s.b3, s.ceafe].map((m) => `${pct(m.p)} ${pct(m.r)} ${pct(m.f)}`);
  return `${name.padEnd(24)} | ${cells.join(" | ")} | ${pct(s.conll)}`;
}

function main(argv: string[]): void {
  const dctAt = argv.indexOf("--dct");
  const dct = (dctAt >= 0 ? argv[dctAt + 1] : "month") as DctFallback;
  const dir = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--dct") ?? "../shared/data/meantime-en";
  const data = readMeantime(dir, dct);
  const t0 = performance.now();
  const systems: [string, Clusters][] = [
    ["same-lemma baseline", sameLemma(data.mentions)],
    ["dedup (decideSame)", dedupClusters(data.mentions)],
  ];
  systems.push(["(all singletons)", data.mentions.map((m) => [m.id])]);
  const seconds = (performance.now() - t0) / 1000;
  const docsOf = new Map(data.mentions.map((m) => [m.id, m.docId]));
  const crossDoc = data.gold.filter((c) => new Set(c.map((id) => docsOf.get(id))).size > 1).length;
  const dated = data.mentions.filter((m) => m.date).length;
  console.log(
    `MEANTIME ${dir}: ${data.docs} documents, ${data.mentions.length} event mentions (${dated} dated, DCT fallback: ${dct})`,
  );
  console.log(
    `gold: ${data.gold.length} clusters, ${withoutSingletons(data.gold).length} non-singleton, ${crossDoc} spanning more than one document`,
  );
  for (const [name, resp] of systems)
    console.log(`${name}: ${resp.length} clusters, ${withoutSingletons(resp).length} non-singleton`);
  const header = `${"system".padEnd(24)} | ${["MUC", "B³", "CEAF-e"].map((m) => `${m.padEnd(6)} P     R     F`.padEnd(17)).join(" | ")} | CoNLL`;
  for (const [label, strip] of [
    ["with singletons", false],
    ["without singletons (key and response)", true],
  ] as const) {
    console.log(`\n${label}\n${header}`);
    const key = strip ? withoutSingletons(data.gold) : data.gold;
    for (const [name, resp] of systems)
      console.log(formatRow(name, score(key, strip ? withoutSingletons(resp) : resp)));
  }
  console.log(`\nclustering time ${seconds.toFixed(2)} s`);
}

if (process.argv[1]?.endsWith("cli.js")) main(process.argv.slice(2));
