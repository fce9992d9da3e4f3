import type { Stage } from "../../pipeline/stage.js";
import { Discourse } from "./discourse.js";
import { EntityIndex } from "./entity-index.js";
import { findDescriptions } from "./find-descriptions.js";
import { findGroups } from "./find-groups.js";
import { findPronouns } from "./find-pronouns.js";
import { findSides } from "./find-sides.js";
import { dropNamed, dropOverlaps } from "./refine.js";
import { resolveAll } from "./resolve.js";

/**
 * In-article coreference for people and groups: pronouns (`he` → Qin Gang), descriptions (`the
 * minister`, `the ministry`), groups (`the two sides` → China and the United States) and sides
 * (`the U.S. side`). Finders propose mentions, refiners drop names and overlaps, then each mention
 * is resolved against the discourse before it. `it` and `they` are not resolved: they name
 * countries, bodies, talks and deals alike, and a wrong guess would put words in the wrong mouth.
 *
 * @example corefStage.run(doc, ctx); doc.get("coref") // [{ text: "The two sides", kind: "group", antecedents: [CHN, USA], … }]
 */
export const corefStage: Stage = {
  name: "coref",
  requires: ["sentences", "tokens", "entities"],
  provides: ["coref"],
  run(doc, ctx) {
    const tokens = doc.get("tokens");
    const entities = new EntityIndex(doc.get("entities"));
    const candidates = dropOverlaps(
      dropNamed(
        [
          ...findPronouns(tokens),
          ...findDescriptions(tokens, entities, doc.text),
          ...findGroups(tokens, doc.text),
          ...findSides(tokens, entities, doc.text),
        ],
        entities,
      ),
    );
    if (candidates.length === 0) {
      doc.set("coref", []);
      return;
    }
    const discourse = new Discourse(doc.text, doc.get("sentences"), entities.sorted, ctx.kb, ctx.publishedAt);
    doc.set("coref", resolveAll(candidates, discourse));
  },
};
