/**
 * A small lemma → type-family table for corpora without PLOVER codes (MEANTIME): lemmas that
 * can name the same kind of happening share a family; any other lemma is its own family.
 * @example familyOf("talk") // "CONSULT"
 * @example familyOf("walk") // "LEMMA:walk"
 */
const TABLE: Record<string, string[]> = {
  CONSULT: ["meet", "meeting", "talk", "talks", "visit", "summit", "negotiate", "negotiation", "discuss", "discussion"],
  ASSAULT: ["kill", "attack", "bomb", "bombing", "shoot", "strike", "crash", "accident", "explosion", "explode"],
  STATEMENT: ["say", "announce", "announcement", "state", "statement", "report", "tell", "claim", "comment"],
  DISAPPROVE: ["criticise", "criticize", "criticism", "accuse", "accusation", "complain", "complaint", "protest"],
  COOPERATE: ["agree", "agreement", "deal", "sign", "contract", "partnership", "merge", "merger"],
  TRADE: ["buy", "purchase", "order", "acquire", "acquisition", "sell", "sale", "deliver", "delivery"],
  LAUNCH: ["launch", "unveil", "release", "introduce", "introduction", "debut", "present", "show"],
  FLIGHT: ["fly", "flight", "land", "landing", "take off", "takeoff", "take-off"],
  DECLINE: ["fall", "drop", "decline", "plunge", "lose", "loss", "slide", "tumble", "close"],
  RISE: ["rise", "gain", "increase", "grow", "growth", "climb", "jump", "rally", "surge"],
  REDUCE: ["cut", "reduce", "reduction", "layoff", "eliminate", "lay off", "close down"],
  FILE: ["file", "bankruptcy", "seek", "request", "ask", "appeal"],
  DELAY: ["delay", "postpone", "postponement", "push back"],
  WIN: ["win", "award", "defeat", "beat", "select", "choose"],
  EXPECT: ["expect", "forecast", "predict", "estimate", "project"],
};

const INDEX = new Map<string, string>();
for (const [family, lemmas] of Object.entries(TABLE)) for (const l of lemmas) INDEX.set(l, family);

/** The type family of a lemma (case-insensitive); unknown lemmas get `LEMMA:<lemma>`. */
export function familyOf(lemma: string): string {
  const key = lemma.trim().toLowerCase();
  return INDEX.get(key) ?? `LEMMA:${key}`;
}
