import type { EntityMention, Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import { rowWith } from "./trigger-index.js";

/**
 * Rows whose PLOVER type depends on what they act on or on who takes part, not on the word alone:
 *
 * - Calling off or postponing a strike, protest or boycott eases dissent (CAMEO 082): the manual's
 *   CONCEDE names "suspending protests", while calling off a meeting stays REJECT.
 * - Meeting someone's demands or conditions is acceding to them (CONCEDE, CAMEO 083), not a meeting.
 * - Deploying peacekeepers is peacekeeping aid (CAMEO 074), other deployments MOBILIZE.
 * - Military exercises held by two or more countries together are joint exercises, COOPERATE
 *   (CAMEO 062); one country's drills stay MOBILIZE.
 * - Lifting a blockade or a siege is a material retreat (CAMEO 0872), lifting sanctions or an embargo
 *   RETREAT too (CAMEO 085), as their fixed phrases are, whatever words stand between (`lifted on
 *   Friday a day-old blockade`).
 */
export function typeByObject(
  row: TriggerRow,
  tokens: readonly Token[],
  last: number,
  actors: readonly EntityMention[],
): TriggerRow {
  if (CALL_OFF.has(row.id) && protestObject(tokens, last)) {
    return rowWith(row, { type: "CONCEDE", mode: null, cameo: "082" });
  }
  if (LIFTING.has(row.id)) {
    const at = objectNoun(tokens, last, LIFTED);
    const object = at === -1 ? null : LIFTED.get((tokens[at] as Token).lower);
    if (object === "blockade" || object === "siege")
      return rowWith(row, { type: "RETREAT", mode: "withdraw", cameo: "0872" });
    if (object) return rowWith(row, { type: "RETREAT", mode: null, cameo: "085" });
  }
  if (MEETING.has(row.id) && objectNoun(tokens, last, DEMANDS) !== -1) {
    return rowWith(row, { type: "CONCEDE", mode: null, cameo: "083", frame: "directed" });
  }
  if (DEPLOYING.has(row.id) && objectNoun(tokens, last, PEACEKEEPING) !== -1) {
    return rowWith(row, { type: "AID", mode: null, cameo: "074" });
  }
  if (row.type === "MOBILIZE" && DRILLS.has(row.id) && new Set(actors.map((a) => a.country ?? a.actorId)).size >= 2) {
    return rowWith(row, { type: "COOPERATE", mode: null, cameo: "062" });
  }
  return row;
}

/** Rows that call off or put off something planned. */
const CALL_OFF = new Set(["reject.cancel.verb", "reject.postpone.verb"]);
/** Rows of lifting or easing something imposed. */
const LIFTING = new Set(["concede.lift.verb", "concede.ease.verb"]);
/** What a lifting row may lift that is a material retreat: the noun, singular. */
const LIFTED = new Map([
  ["blockade", "blockade"],
  ["blockades", "blockade"],
  ["siege", "siege"],
  ["sanctions", "sanctions"],
  ["embargo", "sanctions"],
  ["embargoes", "sanctions"],
]);
/** Rows of meeting someone, which with demands for object mean meeting the demands. */
const MEETING = new Set(["consult.meet.verb"]);
/** What is met when a side gives in: `met the strikers' demands`, `would not meet hostage-takers demands`. */
const DEMANDS = new Map([
  ["demands", "demands"],
  ["demand", "demands"],
  ["conditions", "demands"],
]);
/** Rows of sending forces somewhere. */
const DEPLOYING = new Set(["mobilize.deploy.verb"]);
/** Forces whose deployment is peacekeeping, AID (CAMEO 074), as the fixed phrase `deployed peacekeepers` is. */
const PEACEKEEPING = new Map([
  ["peacekeepers", "peacekeepers"],
  ["peacekeeping", "peacekeepers"],
  ["peace-keeping", "peacekeepers"],
]);
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
/** Punctuation inside a noun phrase: `day-old`, `the strikers' demands`, `Bolivia's conditions`. */
const JOINING = new Set(["-", "'", "’", "'s", "’s"]);
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
    if (!t || t.sentence !== sentence || OBJECT_END.has(t.lower) || (t.kind === "punct" && !JOINING.has(t.text)))
      return false;
    if (PROTEST_NOUNS.has(t.lower)) return !ARMED.has(tokens[k - 1]?.lower ?? "");
  }
  return false;
}

/** The index of the first noun of `nouns` in the object, up to five words on (`lifted Friday a day-old blockade`), or -1. */
function objectNoun(tokens: readonly Token[], last: number, nouns: ReadonlyMap<string, string>): number {
  const sentence = tokens[last]?.sentence;
  for (let k = last + 1; k <= last + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || OBJECT_END.has(t.lower) || (t.kind === "punct" && !JOINING.has(t.text)))
      return -1;
    if (nouns.has(t.lower)) return k;
  }
  return -1;
}

/**
 * True when the trigger at `first` is the object a row before it acts on (`lifted a two-week siege`,
 * `the deployment of NATO peacekeeping troops`): the object is no event of its own.
 */
export function liftedObject(
  previous: TriggerRow,
  previousLast: number,
  tokens: readonly Token[],
  first: number,
): boolean {
  return (
    (LIFTING.has(previous.id) && objectNoun(tokens, previousLast, LIFTED) === first) ||
    (DEPLOYING.has(previous.id) && objectNoun(tokens, previousLast, PEACEKEEPING) === first) ||
    (MEETING.has(previous.id) && objectNoun(tokens, previousLast, DEMANDS) === first)
  );
}
