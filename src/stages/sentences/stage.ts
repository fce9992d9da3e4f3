import type { Sentence } from "../../doc/layers.js";
import type { Stage } from "../../pipeline/stage.js";
import { splitBlocks } from "./blocks.js";
import { furnitureRule, isLinkTitle, isShoutedHeading } from "./furniture.js";
import { splitBlock } from "./split.js";

/**
 * Sentences, each marked as prose or page furniture (kept for display, never coded). Furniture is
 * judged a line at a time: a caption of two sentences is furniture throughout. A dateline is a
 * furniture span of its own, so the first sentence starts after its dash (`BEIJING (Xinhua) -- The…`).
 */
export const sentencesStage: Stage = {
  name: "sentences",
  requires: [],
  provides: ["sentences"],
  run(doc) {
    const sentences: Sentence[] = [];
    let inList = false; // after "Read more:" or "Related:", link titles follow
    for (const block of splitBlocks(doc.text)) {
      const pieces = splitBlock(doc.text, block);
      if (pieces.length === 0) continue;
      const line = doc.slice(block);
      const rule = furnitureRule(line);
      const furniture: boolean = rule !== null || (inList && isLinkTitle(line)) || isShoutedHeading(line);
      inList = rule?.listHead === true || (inList && furniture);
      for (const piece of pieces) {
        const dateline = piece.kind === "dateline";
        sentences.push({
          start: piece.start,
          end: piece.end,
          index: sentences.length,
          furniture: furniture || dateline,
        });
      }
    }
    doc.set("sentences", sentences);
  },
};
