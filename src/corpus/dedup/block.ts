import { daySpan, type EventFeatures } from "./features.js";

/** Blocking options: how far apart (days) dated events may be, and a cap on comparisons per event and key. */
export interface BlockOptions {
  windowDays: number;
  maxPerKey: number;
}

export const BLOCK_DEFAULTS: BlockOptions = { windowDays: 2, maxPerKey: 200 };

/**
 * Block keys of one event: (type family, participant) for each participant — (type family, country)
 * when no participant is resolved — and (type family, lemma) so that reports without
 * participants still meet their namesakes.
 * @example blockKeys({ type: "CONSULT", lemma: "meet", participants: ["USA"], countries: [] } as never)
 * // ["CONSULT|p:USA", "CONSULT|l:meet"]
 */
export function blockKeys(f: EventFeatures): string[] {
  const keys = f.participants.map((p) => `${f.type}|p:${p}`);
  if (keys.length === 0) for (const c of f.countries) keys.push(`${f.type}|c:${c}`);
  keys.push(`${f.type}|l:${f.lemma}`);
  return [...new Set(keys)];
}

/** Undated events get an unbounded span so they meet every dated member of their block. */
function span(f: EventFeatures): [number, number] {
  return f.date ? daySpan(f.date) : [-1e9, 1e9];
}

/**
 * Candidate pairs [i, j] (i < j, indices into `features`) sharing a block key whose date spans,
 * widened by `windowDays`, overlap. Within a key the events are sorted by date and swept, so the
 * cost is the number of near pairs, not all pairs; `maxPerKey` bounds each event's partners per key.
 * @example blockCandidates([meetA, meetB, unrelated]) // [[0, 1]]
 */
export function blockCandidates(features: EventFeatures[], opts: BlockOptions = BLOCK_DEFAULTS): [number, number][] {
  const groups = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const k of blockKeys(f)) {
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    }
  });
  const n = features.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const spans = features.map(span);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort((x, y) => (spans[x] as [number, number])[0] - (spans[y] as [number, number])[0]);
    for (let a = 0; a < members.length; a++) {
      const i = members[a] as number;
      const end = (spans[i] as [number, number])[1] + opts.windowDays;
      for (let b = a + 1, taken = 0; b < members.length && taken < opts.maxPerKey; b++) {
        const j = members[b] as number;
        if ((spans[j] as [number, number])[0] > end) break;
        taken++;
        const lo = Math.min(i, j);
        const hi = Math.max(i, j);
        const key = lo * n + hi;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([lo, hi]);
      }
    }
  }
  return pairs;
}
