import type { Sentence } from "../../doc/layers.js";
import type { Stage } from "../../pipeline/stage.js";
import { isFurnitureLine, isLinkTitle, isShoutedHeading } from "./furniture.js";
import { splitSentences } from "./split.js";

/** Sentences, each marked as prose or page furniture (furniture is kept for display, never coded). */
export const sentencesStage: Stage = {
  name: "sentences",
  requires: [],
  provides: ["sentences"],
  run(doc) {
    const sentences: Sentence[] = [];
    let afterFurniture = false;
    for (const span of splitSentences(doc.text)) {
      const text = doc.slice(span);
      const lineStart = span.start === 0 || doc.text[span.start - 1] === "\n";
      const lineEnd = span.end === doc.text.length || doc.text[span.end] === "\n";
      const wholeLine = lineStart && lineEnd;
      let furniture = false;
      if (wholeLine && isFurnitureLine(text)) furniture = true;
      else if (wholeLine && afterFurniture && isLinkTitle(text)) furniture = true;
      else if (wholeLine && isShoutedHeading(text)) furniture = true;
      afterFurniture = furniture && wholeLine;
      sentences.push({ start: span.start, end: span.end, index: sentences.length, furniture });
    }
    doc.set("sentences", sentences);
  },
};
