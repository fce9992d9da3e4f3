import { makeBundle } from "../../store/fixtures.js";
import type { Store } from "../../store/store.js";

/**
 * Test fixture: saves `n` short invented articles into `store`, each with one month-dated
 * Qin Gang → Antony Blinken CONSULT event of its own, so the store holds `n` events.
 *
 * @example const store = await openStore(":memory:"); await saveBulkEvents(store, 2500);
 */
export async function saveBulkEvents(store: Store, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const text = `Report ${i}: Qin Gang called Antony Blinken about item ${i}.`;
    await store.saveDocument(
      makeBundle({
        origin: `bulk/${i}.txt`,
        text,
        source: "Wire",
        actors: [
          { id: "qin-gang", aliases: ["Qin Gang"] },
          { id: "antony-blinken", aliases: ["Antony Blinken"] },
        ],
        events: [
          {
            key: `call|${i}`,
            type: "CONSULT",
            quad: "verbal_cooperation",
            score: 1,
            date: `2023-${String(1 + (i % 12)).padStart(2, "0")}`,
            actors: ["qin-gang"],
            recipients: ["antony-blinken"],
            evidence: `Qin Gang called Antony Blinken about item ${i}`,
          },
        ],
      }),
    );
  }
}
