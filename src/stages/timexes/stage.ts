import type { Stage } from "../../pipeline/stage.js";
import { findTimexes } from "../dates/index.js";

/** Time expressions normalised against the publication date with news rules (see stages/dates). */
export const timexesStage: Stage = {
  name: "timexes",
  requires: ["sentences"],
  provides: ["timexes"],
  run(doc, ctx) {
    const sentences = doc.get("sentences");
    const found = findTimexes(doc.text, { publishedAt: ctx.publishedAt, sentences });
    doc.set(
      "timexes",
      found.map((t) => ({
        start: t.start,
        end: t.end,
        text: t.text,
        value: t.value,
        basis: t.basis,
        precision: t.precision,
        range: t.range,
        rule: t.rule,
      })),
    );
  },
};
