import type { EntityMention, Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";

/**
 * Rows whose PLOVER type depends on what they act on or on who takes part, not on the word alone:
 *
 * - Calling off or postponing a strike, protest or boycott eases dissent (CAMEO 082): the manual's
 *   CONCEDE names "suspending protests", while calling off a meeting stays REJECT.
 * - Military exercises held by two or more countries together are joint exercises, COOPERATE
 *   (CAMEO 062); one country's drills stay MOBILIZE.
 */
export function typeByObject(
  row: TriggerRow,
  tokens: readonly Token[],
  last: number,
  actors: readonly EntityMention[],
): TriggerRow {
  if (CALL_OFF.has(row.id) && protestObject(tokens, last)) {
    return { ...row, type: "CONCEDE", mode: null, cameo: "082" };
  }
  if (row.type === "MOBILIZE" && DRILLS.has(row.id) && new Set(actors.map((a) => a.country ?? a.actorId)).size >= 2) {
    return { ...row, type: "COOPERATE", mode: null, cameo: "062" };
  }
  return row;
}

/** Rows that call off or put off something planned. */
const CALL_OFF = new Set(["reject.cancel.verb", "reject.postpone.verb"]);
/** Rows of military drills. */
const DRILLS = new Set(["mobilize.exercise.noun"]);

/** Nouns of collective protest (and the first word of `hunger strike`, `sit-in`). */
const PROTEST_NOUNS = new Set([
  "strike",
  "strikes",
  "walkout",
  "walkouts",
  "protest",
  "protests",
  "demonstration",
  "demonstrations",
  "rally",
  "rallies",
  "marches",
  "boycott",
  "boycotts",
  "sit-in",
  "sit-ins",
  "blockade",
  "hunger",
  "stoppage",
]);

/** Words that end the object: `postponed the talks until March`, `cancelled the meeting with strike leaders`. */
const OBJECT_END = new Set([
  "until",
  "till",
  "to",
  "for",
  "after",
  "because",
  "amid",
  "over",
  "in",
  "on",
  "at",
  "by",
  "with",
]);
/** `air strike`, `missile strike`: a strike of arms is no protest. */
const ARMED = new Set([
  "air",
  "missile",
  "drone",
  "military",
  "naval",
  "rocket",
  "nuclear",
  "pre-emptive",
  "preemptive",
]);

/** `called off a four-day strike`, `postponed their planned protests`: a protest noun heads the object, up to five words on. */
function protestObject(tokens: readonly Token[], last: number): boolean {
  const sentence = tokens[last]?.sentence;
  for (let k = last + 1; k <= last + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || OBJECT_END.has(t.lower) || (t.kind === "punct" && t.text !== "-"))
      return false;
    if (PROTEST_NOUNS.has(t.lower)) return !ARMED.has(tokens[k - 1]?.lower ?? "");
  }
  return false;
}
