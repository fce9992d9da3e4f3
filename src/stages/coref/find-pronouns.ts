import type { Token } from "../../doc/layers.js";
import type { CorefCandidate, Gender, Want } from "./types.js";

type Role = Extract<Want, { kind: "pronoun" }>["role"];

// `it`, `its` and `they` are left alone on purpose: they name countries, organisations, talks and
// agreements alike, and a wrong antecedent there would put words in the wrong mouth.
const PERSONAL: ReadonlyMap<string, [Gender, Role]> = new Map([
  ["he", ["male", "subject"]],
  ["him", ["male", "object"]],
  ["himself", ["male", "subject"]],
  ["his", ["male", "possessive"]],
  ["she", ["female", "subject"]],
  ["herself", ["female", "subject"]],
  ["her", ["female", "possessive"]],
]);

/** Words after `her` that make it an object (`told her that`, `met her in Paris`), not a possessive. */
const AFTER_OBJECT = new Set([
  "to",
  "for",
  "with",
  "at",
  "in",
  "on",
  "and",
  "that",
  "of",
  "as",
  "by",
  "from",
  "about",
  "during",
  "after",
  "before",
  "the",
  "a",
  "an",
  "not",
]);

/**
 * Personal pronouns that can point back at a person: `he`/`him`/`his`, `she`/`her`, sentence-initial
 * `He` included. `her` is possessive before a noun (`her counterpart`), an object elsewhere (`told her`).
 *
 * @example findPronouns(tokenize("Wang said he was ready.", sentences)) // [{ text: "he", want: { gender: "male", role: "subject" } }]
 */
export function findPronouns(tokens: readonly Token[]): CorefCandidate[] {
  const found: CorefCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const entry = PERSONAL.get(tok.lower);
    if (!entry) continue;
    let [gender, role] = entry;
    if (tok.lower === "her") {
      const next = tokens[i + 1];
      const noun = next?.kind === "word" && next.sentence === tok.sentence && !AFTER_OBJECT.has(next.lower);
      role = noun ? "possessive" : "object";
    }
    found.push({
      start: tok.start,
      end: tok.end,
      text: tok.text,
      sentence: tok.sentence,
      rule: `coref.pronoun.${tok.lower}`,
      want: { kind: "pronoun", gender, role },
    });
  }
  return found;
}
