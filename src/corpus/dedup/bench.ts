import { clusterEvents } from "./cluster.js";
import type { EventFeatures } from "./features.js";

/** Deterministic PRNG (mulberry32). @example rng(1)() // a number in [0, 1) */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n synthetic event reports with a realistic spread: 200 actors in 40 countries, 16 types with
 * 3 lemmas each, 5 years of dates; each underlying event is reported 1–5 times with day (75%),
 * month (15%), year (5%) or no (5%) date precision, sometimes with one actor unresolved (country only).
 * @example syntheticEvents(10).length // 10
 */
export function syntheticEvents(n: number, seed = 42): EventFeatures[] {
  const r = rng(seed);
  const pick = (k: number): number => Math.floor(r() * k);
  const start = Date.UTC(2019, 0, 1);
  const out: EventFeatures[] = [];
  for (let e = 0; out.length < n; e++) {
    const type = `T${pick(16)}`;
    const actors = [pick(200), pick(200)];
    const day = new Date(start + pick(5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const reports = 1 + pick(5);
    for (let k = 0; k < reports && out.length < n; k++) {
      const p = r();
      const date = p < 0.75 ? day : p < 0.9 ? day.slice(0, 7) : p < 0.95 ? day.slice(0, 4) : null;
      const unresolved = r() < 0.1;
      const lemma = `${type}-l${pick(3)}`;
      out.push({
        id: `e${e}r${k}`,
        docId: `d${pick(n)}`,
        type,
        lemma,
        participants: unresolved ? [`A${actors[0]}`] : actors.map((a) => `A${a}`),
        countries: actors.map((a) => `C${(a as number) % 40}`),
        date,
        location: null,
        triggerWords: [lemma],
      });
    }
  }
  return out;
}

/**
 * Bench: cluster n synthetic events and print the seconds taken (generation excluded).
 * Call from scripts/bench.mjs: `import { benchDedup } from "../dist/corpus/dedup/bench.js"; benchDedup(100_000);`
 * @example benchDedup(1000) // { n: 1000, seconds: 0.01, clusters: 390 }
 */
export function benchDedup(n: number, log: (line: string) => void = console.log) {
  const events = syntheticEvents(n);
  const t0 = performance.now();
  const c = clusterEvents(events);
  const seconds = (performance.now() - t0) / 1000;
  log(`dedup: ${n} events → ${c.clusters.size} clusters in ${seconds.toFixed(2)} s`);
  return { n, seconds, clusters: c.clusters.size };
}
