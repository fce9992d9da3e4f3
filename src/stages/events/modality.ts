import type { EventStatus } from "../../model/records.js";
import type { Token } from "../../doc/layers.js";

const FUTURE = new Set(["will", "shall", "'ll", "to", "plans", "planned", "planning", "expected", "due", "set", "going", "scheduled", "intends", "hopes"]);
const HYPOTHETICAL = new Set(["if", "could", "might", "may", "would", "unless", "should", "whether"]);
const NEGATION = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);

/**
 * The status of the event a trigger names, read from the words just before it:
 * `will hold talks` → future; `did not meet` → negated; `could meet` → hypothetical.
 * `agreed to …` and `invited … to` are AGREE events themselves, so `to` after them is not future here.
 */
export function statusOf(tokens: readonly Token[], first: number, sentenceStart: number): EventStatus {
  let status: EventStatus = "reported";
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 4); k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === "," || w === ";" || w === "and" || w === "but") break;
    if (NEGATION.has(w)) return "negated";
    if (HYPOTHETICAL.has(w)) status = "hypothetical";
    else if (FUTURE.has(w) && status === "reported") status = "future";
  }
  if (status === "future" && tokens[first - 1]?.lower === "to") {
    const head = tokens[first - 2]?.lower ?? "";
    if (["agreed", "agree", "agrees", "refused", "decided", "began", "continued", "continue", "used"].includes(head)) {
      return ["agreed", "agree", "agrees"].includes(head) ? "future" : "reported";
    }
  }
  return status;
}
