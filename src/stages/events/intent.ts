import type { Token } from "../../doc/layers.js";
import { ploverToCameo } from "../../ontology/cameo.js";
import type { PloverType } from "../../ontology/plover.js";
import type { PloverMode } from "../../ontology/plover-modes.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import { aboutTo } from "./modality.js";
import { rowWith } from "./trigger-index.js";

/** Words that state what an actor will do: `will visit`, `would allow`, `plans to impose`, `is ready to send`. */
const MODAL = new Set(["will", "would", "shall", "'ll"]);
const PLANNING = new Set([
  "plans",
  "plan",
  "planned",
  "planning",
  "intends",
  "intend",
  "intended",
  "expected",
  "set",
  "due",
  "going",
  "prepared",
  "ready",
  "willing",
  "vowed",
  "vows",
  "pledged",
  "pledges",
  "promised",
  "promises",
  "prepares",
  "preparing",
  "sworn",
  "swore",
  "swears",
  "vowing",
  "pledging",
  "promising",
]);

/**
 * True when a modal or a word of planning governs the trigger (`will visit`, `said it would allow`,
 * `plans to impose`), up to four words back and not across a comma or a conjunction.
 */
export function statesIntent(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  if (aboutTo(tokens, first)) return true;
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 4); k--) {
    const w = tokens[k]?.lower ?? "";
    if (w === "," || w === ";" || w === "and" || w === "but" || w === "if" || w === "unless") return false;
    if (MODAL.has(w) || (w === "to" && PLANNING.has(tokens[k - 1]?.lower ?? ""))) return true;
  }
  return false;
}

/** The type (and mode) a stated intention to do a `type` event is coded as, by the PLOVER manual. */
function intendedAs(row: TriggerRow): { type: PloverType; mode: PloverMode | null; cameo?: string } | null {
  switch (row.type) {
    // AGREE: cooperative actions "reported in future tense … should be coded as AGREE"; future meetings and visits too.
    case "CONSULT":
      return { type: "AGREE", mode: null, cameo: "036" };
    case "SUPPORT":
    case "COOPERATE":
    case "AID":
      return { type: "AGREE", mode: null };
    // CONCEDE and RETREAT: "announcements of future retreats should be coded as CONCEDE".
    case "RETREAT":
      return { type: "CONCEDE", mode: null };
    // THREATEN: coercive or forceful warnings; its mode is the content of the threat.
    case "ASSAULT":
      return { type: "THREATEN", mode: "violence" };
    case "PROTEST":
      return { type: "THREATEN", mode: "restrict" };
    case "COERCE":
      return { type: "THREATEN", mode: row.mode === "arrest" ? "arrest" : "restrict" };
    default:
      return null;
  }
}

/** Types whose announcement with a condition attached is a threat. */
const FORCEFUL = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION"]);
/** Words that make the act possible rather than done: `may halt`, `could cut`, `would impose`. */
const POSSIBLE = new Set(["will", "would", "shall", "'ll", "may", "might", "could"]);

/**
 * `the EU may halt its mediation if …`, `Russia could cut gas supplies if …`: a forceful act held out
 * as possible, with a condition after it, is a coercive warning (THREATEN), not the act.
 */
export function conditionalThreat(
  row: TriggerRow,
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
  after: string,
): boolean {
  // The condition belongs to the same clause: "… may halt its mediation if …", not "…, and said … even if …".
  const clause = after.split(/[,;]|\bbut\b/)[0] ?? "";
  if (!FORCEFUL.has(row.type) || !/\b(?:if|unless)\b/i.test(clause)) return false;
  for (let k = first - 1; k >= Math.max(sentenceStart, first - 3); k--) {
    const w = tokens[k]?.lower ?? "";
    if (POSSIBLE.has(w)) return true;
    if (w === "," || w === ";" || w === "if" || w === "unless") return false;
  }
  return false;
}

/** Types whose refusal (`will not accept`, `would not meet`) is a REJECT. */
const COOPERATIVE = new Set<PloverType>(["AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);

/**
 * `Syria says it will not accept more refugees`, `the US would not meet their demands`: a stated
 * intention not to cooperate is a refusal, REJECT (the manual's REJECT covers refusing to meet,
 * to yield, to accept). The refusal itself took place.
 */
export function asRefusal(row: TriggerRow): TriggerRow | null {
  if (!COOPERATIVE.has(row.type)) return null;
  return rowWith(row, { type: "REJECT", mode: null, cameo: "120" });
}

/**
 * `Nigeria will withdraw its force from Chad unless …`: an intention with a condition the other side
 * must meet is an ultimatum, THREATEN (coercive warnings), whatever the act threatened.
 */
export function asUltimatum(row: TriggerRow): TriggerRow {
  if (row.type === "THREATEN" || row.type === "REQUEST") return row;
  const intended = intendedAs(row);
  const mode = intended?.type === "THREATEN" ? intended.mode : null;
  return rowWith(row, { type: "THREATEN", mode, cameo: ploverToCameo("THREATEN", mode) });
}

/**
 * The trigger row as coded when the clause states an intention rather than an act: `Portugal will
 * support Turkey's bid` is AGREE, `the rebels would blockade the capital` THREATEN, `announced it would
 * withdraw` CONCEDE. SANCTION, MOBILIZE and the verbal types keep their own type. The row id stays
 * (provenance), the rule of the mention says `+intent`.
 */
export function asIntent(row: TriggerRow): TriggerRow {
  const intended = intendedAs(row);
  if (!intended) return row;
  return rowWith(row, {
    type: intended.type,
    mode: intended.mode,
    cameo: intended.cameo ?? ploverToCameo(intended.type, intended.mode),
  });
}
