import { maxWeightMatching } from "./hungarian.js";

/** A clustering: clusters of mention ids. */
export type Clusters = string[][];

export interface PRF {
  p: number;
  r: number;
  f: number;
}

const prf = (p: number, r: number): PRF => ({ p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) });
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function owner(cs: Clusters): Map<string, number> {
  const m = new Map<string, number>();
  cs.forEach((c, i) => {
    for (const x of c) m.set(x, i);
  });
  return m;
}

/** MUC recall side: links of `key` recovered by `resp` (mentions missing from `resp` count as singletons). */
function mucSide(key: Clusters, resp: Clusters): [number, number] {
  const o = owner(resp);
  let num = 0;
  let den = 0;
  for (const k of key) {
    const parts = new Set(k.map((x) => o.get(x) ?? `missing:${x}`));
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return [num, den];
}

/** MUC (Vilain et al. 1995). @example muc([["a","b","c"]], [["a","b"],["c"]]).r // 0.5 */
export function muc(key: Clusters, resp: Clusters): PRF {
  const [rn, rd] = mucSide(key, resp);
  const [pn, pd] = mucSide(resp, key);
  return prf(ratio(pn, pd), ratio(rn, rd));
}

function b3Side(key: Clusters, resp: Clusters): number {
  const o = owner(resp);
  let sum = 0;
  let n = 0;
  for (const k of key) {
    const counts = new Map<number, number>();
    for (const x of k) {
      const r = o.get(x);
      if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    for (const c of counts.values()) sum += (c * c) / k.length;
    n += k.length;
  }
  return ratio(sum, n);
}

/** B³ (Bagga & Baldwin 1998), mention-averaged. @example b3([["a","b"]], [["a"],["b"]]).p // 1 */
export function b3(key: Clusters, resp: Clusters): PRF {
  return prf(b3Side(resp, key), b3Side(key, resp));
}

/**
 * Entity-based CEAF (Luo 2005, φ4 = 2|K∩R|/(|K|+|R|)) with the optimal one-to-one alignment,
 * solved by the Hungarian algorithm per connected component of overlapping clusters.
 * @example ceafe([["a","b"]], [["a","b"]]).f // 1
 */
export function ceafe(key: Clusters, resp: Clusters): PRF {
  const o = owner(resp);
  const links = key.map((k) => {
    const counts = new Map<number, number>();
    for (const x of k) {
      const r = o.get(x);
      if (r !== undefined) counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    return counts;
  });
  // Connected components over key clusters (k) and response clusters (r).
  const seenK = new Uint8Array(key.length);
  const respKeys = new Map<number, number[]>();
  links.forEach((m, k) => {
    for (const r of m.keys()) {
      const list = respKeys.get(r);
      if (list) list.push(k);
      else respKeys.set(r, [k]);
    }
  });
  let total = 0;
  for (let start = 0; start < key.length; start++) {
    if (seenK[start] || (links[start] as Map<number, number>).size === 0) continue;
    const ks: number[] = [];
    const rs = new Set<number>();
    const stack = [start];
    seenK[start] = 1;
    while (stack.length > 0) {
      const k = stack.pop() as number;
      ks.push(k);
      for (const r of (links[k] as Map<number, number>).keys()) {
        if (rs.has(r)) continue;
        rs.add(r);
        for (const k2 of respKeys.get(r) ?? []) {
          if (seenK[k2]) continue;
          seenK[k2] = 1;
          stack.push(k2);
        }
      }
    }
    const rl = [...rs];
    const phi = ks.map((k) =>
      rl.map(
        (r) =>
          (2 * ((links[k] as Map<number, number>).get(r) ?? 0)) /
          ((key[k] as string[]).length + (resp[r] as string[]).length),
      ),
    );
    total += maxWeightMatching(phi).total;
  }
  return prf(ratio(total, resp.length), ratio(total, key.length));
}

export interface Scores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  /** CoNLL F1: mean of the MUC, B³ and CEAF-e F1. */
  conll: number;
}

/** All four scores. @example score(key, key).conll // 1 */
export function score(key: Clusters, resp: Clusters): Scores {
  const s = { muc: muc(key, resp), b3: b3(key, resp), ceafe: ceafe(key, resp) };
  return { ...s, conll: (s.muc.f + s.b3.f + s.ceafe.f) / 3 };
}

/** Drop singleton clusters (the CoNLL-2012 convention for scoring without singletons). */
export function withoutSingletons(cs: Clusters): Clusters {
  return cs.filter((c) => c.length > 1);
}
