import type { Stage } from "../../pipeline/stage.js";
import { findQuoteSpans } from "./find-quotes.js";
import { attributeSpeaker } from "./speaker.js";

/** Direct quotations with their speakers; quotes come before events (a quoted threat is still a threat). */
export const quotesStage: Stage = {
  name: "quotes",
  requires: ["sentences", "entities"],
  provides: ["quotes"],
  run(doc) {
    const sentences = doc.get("sentences");
    const entities = doc.get("entities");
    doc.set(
      "quotes",
      findQuoteSpans(doc.text).map((span) => ({
        ...span,
        text: doc.slice(span),
        kind: "direct" as const,
        speaker: attributeSpeaker(span, doc.text, sentences, entities),
        rule: "quotes.direct",
      })),
    );
  },
};
