/** Per-label tallies of a matching: n gold, correct, and what the missed ones were coded as. */
export type LabelTable = Record<string, { n: number; correct: number; as: Record<string, number> }>;

/**
 * Matches one sentence's gold labels against its coded labels as multisets: each gold label takes
 * one coded label equal to it; the gold labels left are paired in order with the coded labels left
 * (`none` when none is left), which records the confusions in `table`. Returns how many gold
 * labels matched and how many coded labels were beyond the gold count.
 *
 * @example matchLabels(["04", "06"], ["06", "05"], table) // { correct: 1, extra: 0 }, table["04"].as = { "05": 1 }
 */
export function matchLabels(
  gold: readonly string[],
  coded: readonly string[],
  table: LabelTable,
): { correct: number; extra: number } {
  const left = [...coded];
  const missed: string[] = [];
  let correct = 0;
  for (const label of gold) {
    const row = table[label] ?? { n: 0, correct: 0, as: {} };
    table[label] = row;
    row.n++;
    const i = left.indexOf(label);
    if (i < 0) missed.push(label);
    else {
      left.splice(i, 1);
      row.correct++;
      correct++;
    }
  }
  missed.forEach((label, i) => {
    const as = table[label]?.as ?? {};
    const got = left[i] ?? "none";
    as[got] = (as[got] ?? 0) + 1;
  });
  return { correct, extra: Math.max(0, left.length - missed.length) };
}
