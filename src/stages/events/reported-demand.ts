import type { EntityMention, Token } from "../../doc/layers.js";
import type { Arguments } from "./arguments.js";

/** Verbs and nouns that report what someone says: `said`, `declared`, `reiterated`, `a reminder … that`. */
const SPEECH = new Set([
  "said",
  "says",
  "say",
  "saying",
  "declared",
  "declares",
  "announced",
  "announces",
  "concluded",
  "insisted",
  "insists",
  "stressed",
  "stresses",
  "reiterated",
  "reiterates",
  "added",
  "told",
  "tells",
  "warned",
  "warns",
  "argued",
  "argues",
  "maintained",
  "maintains",
  "stated",
  "states",
  "believes",
  "reminder",
  "statement",
  "declaration",
]);

/**
 * The speech verb a `speaker_acts` form reports on: the nearest one before it in its sentence, at
 * most twenty words back and with no semicolon between (`Peru said on Monday that Chile must pay`).
 */
export function speechVerbBefore(tokens: readonly Token[], first: number, sentenceFrom: number): number | null {
  for (let k = first - 1; k >= Math.max(sentenceFrom, first - 20); k--) {
    const t = tokens[k] as Token;
    if (t.text === ";") return null;
    if (SPEECH.has(t.lower)) return k;
  }
  return null;
}

/**
 * `Peru said that Chile must pay`, `Oslo issued a reminder to Kabul that it must comply`: the
 * participants between the speech verb and the form are told what to do and receive the demand; a
 * speaker who tells itself (`Peru said it must act`) makes no demand, and neither does a clause that
 * names no one between.
 *
 * @example addressedBetween(args, participants, 10, 30) // "Peru said that Chile must pay": recipients [Chile]
 */
export function addressedBetween(
  args: Arguments,
  participants: readonly EntityMention[],
  from: number,
  to: number,
): Arguments | null {
  const actorIds = new Set(args.actors.map((a) => a.actorId));
  const told = participants.filter((p) => p.start >= from && p.end <= to && !actorIds.has(p.actorId));
  if (told.length === 0) return null;
  return { actors: args.actors, recipients: told, rule: `${args.rule}+reported-demand` };
}

/** Pronouns a reported clause opens with: `Syria says it will not …`, `he said he would …`. */
const CLAUSE_PRONOUNS = new Set(["it", "they", "he", "she", "we"]);

/**
 * `Syria says it will not accept …`, `Gbagbo announced on Sunday that he will extend …`: a pronoun
 * opening the clause a speech verb reports, right before the trigger, stands for the speaker. Returns
 * the speech verb's token index, or null when the trigger has no such pronoun before it.
 */
export function speakerOfPronoun(tokens: readonly Token[], first: number, sentenceFrom: number): number | null {
  for (let k = first - 1; k >= Math.max(sentenceFrom, first - 4); k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct") return null;
    if (!CLAUSE_PRONOUNS.has(t.lower)) continue;
    for (let v = k - 1; v >= Math.max(sentenceFrom, k - 6); v--) {
      const w = tokens[v] as Token;
      if (w.kind === "punct") return null;
      if (SPEECH.has(w.lower)) return v;
    }
    return null;
  }
  return null;
}
