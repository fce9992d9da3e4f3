import type { Stage } from "../../pipeline/stage.js";
import { tokenize } from "./tokenize.js";

/** Tokens with offsets for every sentence of an English article; none for other languages (not coded). */
export const tokensStage: Stage = {
  name: "tokens",
  requires: ["sentences", "language"],
  provides: ["tokens"],
  run(doc) {
    doc.set("tokens", doc.get("language") === "en" ? tokenize(doc.text, doc.get("sentences")) : []);
  },
};
