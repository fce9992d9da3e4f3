import type { EntityMention, Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import type { Arguments } from "./arguments.js";

/** ` that `, ` Friday that the `, ` on Monday that its `: a demand's clause begins with its addressee. */
const THAT_CLAUSE = /^\s+(?:[\p{L}-]+\s+){0,3}?that\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * `X demanded that Y cancel …`, `X insisted on Friday that Y withdraw …`: the subject of the clause a
 * request governs is its addressee, the request's recipient.
 *
 * @example thatAddressee(row, tokens, last, participants, text, args) // "Peru demanded that Chile pay": recipients [Chile]
 */
export function thatAddressee(
  row: TriggerRow,
  tokens: readonly Token[],
  last: number,
  participants: readonly EntityMention[],
  text: string,
  args: Arguments,
): Arguments {
  if (row.type !== "REQUEST" || args.recipients.length > 0 || args.actors.length === 0) return args;
  const end = (tokens[last] as Token).end;
  const next = participants.find((p) => p.start >= end);
  if (!next || next.start - end > 60 || !THAT_CLAUSE.test(text.slice(end, next.start))) return args;
  if (args.actors.some((a) => a.actorId === next.actorId)) return args;
  return { actors: args.actors, recipients: [next], rule: `${args.rule}+that-addressee` };
}
