import type { Stage } from "../../pipeline/stage.js";
import { detectLanguage } from "./detect.js";

/** The article's language; a non-English article is stored and reported, never run through English rules. */
export const languageStage: Stage = {
  name: "language",
  requires: [],
  provides: ["language"],
  run(doc) {
    const language = detectLanguage(doc.text);
    doc.set("language", language);
    if (language !== "en") {
      doc.report({
        stage: "language",
        rule: "language.not-english",
        reason: "the article is not in English; it is stored but not coded",
        start: 0,
        end: 0,
      });
    }
  },
};
