/**
 * A confusion matrix as text: one row per gold type, one column per predicted type (`none` last:
 * no event coded), counts right-aligned under four-letter heads, `.` for zero.
 *
 * @example confusionTable({ AGREE: { AGREE: 3, none: 1 } }) // "gold\\pred  AGRE  none\nAGREE          3     1"
 */
export function confusionTable(confusion: Record<string, Record<string, number>>): string {
  const gold = Object.keys(confusion).sort();
  const predicted = [...new Set([...gold, ...Object.values(confusion).flatMap((row) => Object.keys(row))])]
    .filter((p) => p !== "none")
    .sort();
  predicted.push("none");
  const cell = (s: string) => s.padStart(5);
  const lines = [`${"gold\\pred".padEnd(10)}${predicted.map((p) => cell(p.slice(0, 4))).join("")}`];
  for (const g of gold) {
    const row = confusion[g] ?? {};
    lines.push(`${g.padEnd(10)}${predicted.map((p) => cell(row[p] ? String(row[p]) : ".")).join("")}`);
  }
  return lines.join("\n");
}
