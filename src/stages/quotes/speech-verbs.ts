/**
 * Verbs that report speech, and how their content follows: `bare` verbs take it directly (`said the
 * talks were useful`), `complement` verbs only after `that` or a colon (`added that …`, `wrote on
 * Twitter: …`), so `added five firms to the list` and `posted troops` are no speech. `object` verbs
 * take the addressee first (`told reporters that …`).
 */
export interface SpeechVerb {
  content: "bare" | "complement";
  object: boolean;
}

const bare: SpeechVerb = { content: "bare", object: false };
const complement: SpeechVerb = { content: "complement", object: false };
const told: SpeechVerb = { content: "bare", object: true };

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map([
  ["said", bare],
  ["says", bare],
  ["stressed", bare],
  ["stresses", bare],
  ["noted", bare],
  ["urged", bare],
  ["warned", bare],
  ["insisted", bare],
  ["reiterated", bare],
  ["emphasized", bare],
  ["emphasised", bare],
  ["argued", bare],
  ["stated", bare],
  ["told", told],
  ["tells", told],
  ["assured", told],
  ["added", complement],
  ["adds", complement],
  ["wrote", complement],
  ["tweeted", complement],
  ["posted", complement],
  ["announced", complement],
  ["explained", complement],
  ["acknowledged", complement],
  ["declared", complement],
  ["asserted", complement],
  ["claimed", complement],
]);

/** A passive or adjectival use before the verb: `was told`, `the said agreement`. */
export const NOT_SPEAKING_BEFORE = new Set(["was", "were", "is", "are", "be", "been", "being", "the", "a", "an"]);

/**
 * Words that open what a speaker said it in, on or to before `that` or a colon comes: `said in a
 * statement on Monday that`, `wrote on Twitter:`, `told reporters in Beijing that`.
 */
export const SETTING_WORDS = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "via",
  "through",
  "following",
  "late",
  "earlier",
  "later",
  "also",
  "again",
  "separately",
  "repeatedly",
  "publicly",
  "yesterday",
  "today",
  "tonight",
  "to",
]);
