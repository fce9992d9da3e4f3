import { compatible, type EventFeatures } from "./features.js";

/** Union–find with path halving. @example const u = new UnionFind(3); u.union(0, 2); u.find(2) === u.find(0) // true */
export class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x] as number] as number;
      x = p[x] as number;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Groups of members, in order of their smallest member. */
  groups(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = out.get(r);
      if (g) g.push(i);
      else out.set(r, [i]);
    }
    return [...out.values()];
  }
}

/**
 * Split a cluster whose members carry different day-precision dates: one part per distinct day;
 * every other member joins the part it has the strongest accepted edge to (repeated until stable),
 * else the largest part whose date it is compatible with, else a part of its own.
 * @example splitConflicts([0, 1, 2], [a15, b, c16], edges) // [[0, 1], [2]]
 */
export function splitConflicts(
  members: number[],
  features: EventFeatures[],
  edges: Map<number, [number, number][]>,
): number[][] {
  const days = new Map<string, number>();
  const partOf = new Map<number, number>();
  for (const m of members) {
    const d = features[m]?.date;
    if (!d || d.length < 10) continue;
    const day = d.slice(0, 10);
    if (!days.has(day)) days.set(day, days.size);
    partOf.set(m, days.get(day) as number);
  }
  if (days.size <= 1) return [members];
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of members) {
      if (partOf.has(m)) continue;
      let best = -1;
      let bestScore = -Infinity;
      for (const [n, s] of edges.get(m) ?? []) {
        const p = partOf.get(n);
        if (p !== undefined && s > bestScore) [best, bestScore] = [p, s];
      }
      if (best >= 0) {
        partOf.set(m, best);
        changed = true;
      }
    }
  }
  const parts: number[][] = [...days.keys()].map(() => []);
  for (const m of members) {
    const p = partOf.get(m);
    if (p !== undefined) (parts[p] as number[]).push(m);
  }
  const dayList = [...days.keys()];
  for (const m of members) {
    if (partOf.has(m)) continue;
    const d = features[m]?.date;
    const fits = parts.map((_, k) => k).filter((k) => !d || compatible(d, dayList[k] as string));
    fits.sort((x, y) => (parts[y] as number[]).length - (parts[x] as number[]).length);
    if (fits.length > 0) (parts[fits[0] as number] as number[]).push(m);
    else parts.push([m]);
  }
  return parts.filter((p) => p.length > 0);
}
