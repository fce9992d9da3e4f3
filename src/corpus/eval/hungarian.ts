/**
 * Maximum-weight assignment (Kuhn–Munkres / Hungarian algorithm with potentials, O(n²·m)).
 * Rows and columns may differ in number; each row gets at most one column and vice versa.
 * Returns `match[row] = column` (or -1) and the total weight.
 * @example maxWeightMatching([[1, 2], [3, 1]]) // { match: [1, 0], total: 5 }
 */
export function maxWeightMatching(weights: number[][]): { match: number[]; total: number } {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const w = (i: number, j: number): number => (transposed ? weights[j]?.[i] : weights[i]?.[j]) ?? 0;
  // Minimise cost = -weight over an n ≤ m matrix (1-based, e-maxx formulation).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) [minv[j], way[j]] = [cur, j0];
        if ((minv[j] as number) < delta) [delta, j1] = [minv[j] as number, j];
      }
      for (let j = 0; j <= m; j++) {
        const pj = p[j] as number;
        if (used[j]) {
          u[pj] = (u[pj] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const match = new Array<number>(rows).fill(-1);
  let total = 0;
  for (let j = 1; j <= m; j++) {
    const i = p[j] as number;
    if (i === 0) continue;
    const [r, c] = transposed ? [j - 1, i - 1] : [i - 1, j - 1];
    const x = weights[r]?.[c] ?? 0;
    if (x > 0) [match[r], total] = [c, total + x];
  }
  return { match, total };
}
