import type { PloverItem } from "./plover-gsr.js";

/** Why a sentence is a miss: no event, the wrong type, or the right type with other countries. */
function causeOf(item: PloverItem): string | null {
  if (item.predicted === "none") return `${item.gold} → none`;
  if (item.predicted !== item.gold) return `${item.gold} → ${item.predicted}`;
  const gold = new Set(item.goldPairs);
  const predicted = new Set(item.predictedPairs);
  const same = gold.size === predicted.size && [...gold].every((p) => predicted.has(p));
  return same ? null : `${item.gold} ok, countries differ`;
}

/** Prints the misses grouped by cause, the largest group first, each with its markup and rule. */
export function printMisses(items: readonly PloverItem[]): void {
  const groups = new Map<string, PloverItem[]>();
  for (const item of items) {
    const cause = causeOf(item);
    if (!cause) continue;
    const list = groups.get(cause) ?? [];
    list.push(item);
    groups.set(cause, list);
  }
  for (const [cause, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n== ${cause} (${list.length})`);
    for (const item of list) {
      console.log(`- ${item.id}: ${item.markup || item.text}`);
      console.log(`    gold ${item.goldPairs.join(" ")} | coded ${item.predictedPairs.join(" ")} | ${item.rule ?? ""}`);
    }
  }
}
