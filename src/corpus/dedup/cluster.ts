import { BLOCK_DEFAULTS, blockCandidates, blockKeys } from "./block.js";
import { decideSame } from "./decide.js";
import { dayConflict, type EventFeatures, precisionOf, rank } from "./features.js";
import { splitConflicts, UnionFind } from "./split.js";

/** One canonical event: member indices into `Clustering.features` and the best-supported date. */
export interface Cluster {
  id: number;
  members: number[];
  date: string | null;
}

/** A clustering that can grow one event at a time (`addEvent`). */
export interface Clustering {
  features: EventFeatures[];
  clusterOf: number[];
  clusters: Map<number, Cluster>;
  /** block key → event indices, for incremental candidate lookup. */
  index: Map<string, number[]>;
}

/**
 * The date most members support (a member supports every date its own partial date contains,
 * so finer dates win when coarser reports agree), ties broken by precision. @example canonicalDate(["2023-06", "2023-06-18", null]) // "2023-06-18"
 */
export function canonicalDate(dates: (string | null)[]): string | null {
  let best: string | null = null;
  let bestSupport = 0;
  for (const d of new Set(dates)) {
    if (!d) continue;
    const support = dates.filter((x) => x && d.startsWith(x)).length;
    const better = support > bestSupport || (support === bestSupport && rank(precisionOf(d)) > rank(precisionOf(best)));
    if (better) [best, bestSupport] = [d, support];
  }
  return best;
}

function index(c: Clustering, i: number): void {
  for (const k of blockKeys(c.features[i] as EventFeatures)) {
    const list = c.index.get(k);
    if (list) list.push(i);
    else c.index.set(k, [i]);
  }
}

/**
 * Cluster events: accept candidate pairs with `decideSame`, union them, split clusters whose
 * members carry conflicting day-precision dates, and pick each cluster's canonical date.
 * @example clusterEvents([meetA, meetB, meetOtherDay]).clusters.size // 2
 */
export function clusterEvents(features: EventFeatures[]): Clustering {
  const uf = new UnionFind(features.length);
  const edges = new Map<number, [number, number][]>();
  for (const [i, j] of blockCandidates(features)) {
    const d = decideSame(features[i] as EventFeatures, features[j] as EventFeatures);
    if (!d.same) continue;
    uf.union(i, j);
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const list = edges.get(x);
      if (list) list.push([y, d.score]);
      else edges.set(x, [[y, d.score]]);
    }
  }
  const c: Clustering = {
    features,
    clusterOf: new Array(features.length).fill(-1),
    clusters: new Map(),
    index: new Map(),
  };
  for (const members of uf.groups()) {
    for (const part of splitConflicts(members, features, edges)) {
      const id = c.clusters.size;
      c.clusters.set(id, { id, members: part, date: canonicalDate(part.map((m) => features[m]?.date ?? null)) });
      for (const m of part) c.clusterOf[m] = id;
    }
  }
  for (let i = 0; i < features.length; i++) index(c, i);
  return c;
}

/**
 * Add one event to an existing clustering without re-running it: compare with the events sharing a
 * block key, join the cluster of the best accepted match unless its canonical date conflicts at day
 * precision, otherwise start a new cluster. Returns the cluster id.
 * @example const c = clusterEvents([meetA]); addEvent(c, meetB) // 0
 */
export function addEvent(c: Clustering, f: EventFeatures): number {
  const i = c.features.length;
  c.features.push(f);
  let best = -1;
  let bestScore = -Infinity;
  const seen = new Set<number>();
  for (const k of blockKeys(f)) {
    const list = c.index.get(k) ?? [];
    for (const j of list.slice(-BLOCK_DEFAULTS.maxPerKey)) {
      if (seen.has(j)) continue;
      seen.add(j);
      const cluster = c.clusters.get(c.clusterOf[j] as number) as Cluster;
      if (dayConflict(cluster.date, f.date)) continue;
      const d = decideSame(c.features[j] as EventFeatures, f);
      if (d.same && d.score > bestScore) [best, bestScore] = [cluster.id, d.score];
    }
  }
  if (best < 0) {
    best = c.clusters.size;
    c.clusters.set(best, { id: best, members: [], date: null });
  }
  const cluster = c.clusters.get(best) as Cluster;
  cluster.members.push(i);
  cluster.date = canonicalDate(cluster.members.map((m) => c.features[m]?.date ?? null));
  c.clusterOf.push(best);
  index(c, i);
  return best;
}
