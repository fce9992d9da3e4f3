import type { Stage } from "../../pipeline/stage.js";
import { identifyLanguage } from "./detect.js";

/** The article's language; a non-English article is stored and reported, never run through English rules. */
export const languageStage: Stage = {
  name: "language",
  requires: [],
  provides: ["language"],
  run(doc) {
    const language = identifyLanguage(doc.text);
    doc.set("language", language.code);
    if (language.code === "en") return;
    const what =
      language.code === "und"
        ? "the article's language could not be identified (und)"
        : `the article is in ${language.name} (${language.iso3})`;
    doc.report({
      stage: "language",
      rule: "language.not-english",
      reason: `${what}; it is stored but not coded`,
      start: 0,
      end: 0,
    });
  },
};
