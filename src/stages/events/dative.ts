import type { EntityMention } from "../../doc/layers.js";
import { type Arguments, reachable } from "./arguments.js";

/** A verb of giving right before its first object: `gave Kenya`, `will grant the Philippines`. */
const GIVING =
  /\b(?:gave|give|gives|giving|given|granted|grant|grants|offered|offer|offers|sent|send|sends|handed|hands|promised|pledged|awarded|awards|lent|lends)\s+(?:the\s+)?$/i;

/**
 * `Japan gave Kenya 30 million dollars in aid`, `Finland will give Tanzania a grant`: with a noun
 * trigger in a double-object clause, the participant right after the verb of giving is the one who
 * receives, and the subject before the verb is the one who gives. The clause reading alone takes the
 * nearest name on the left, the receiver, for the actor.
 */
export function dativeObject(args: Arguments, participants: readonly EntityMention[], text: string): Arguments {
  const received = fromGiver(args, text);
  if (received) return received;
  const [receiver] = args.actors;
  if (!receiver || args.actors.length !== 1 || args.recipients.length > 0) return args;
  if (!GIVING.test(text.slice(Math.max(0, receiver.start - 24), receiver.start))) return args;
  const giver = participants
    .filter((p) => p.end <= receiver.start && reachable(text.slice(p.end, receiver.start)))
    .at(-1);
  if (!giver || giver.actorId === receiver.actorId) return args;
  return { actors: [giver], recipients: [receiver], rule: `${args.rule}+dative` };
}

/** A verb of receiving between the subject and a noun trigger: `Kenya received … in aid`. */
const RECEIVING = /\b(?:received|receive|receives|receiving|obtained|obtains|secured|secures|won)\b/i;

/**
 * `Kenya received 30 million dollars in aid from Japan`: the subject of a verb of receiving receives,
 * and the `from` phrase names who gives.
 */
function fromGiver(args: Arguments, text: string): Arguments | null {
  const [subject] = args.actors;
  const [source] = args.recipients;
  if (!subject || !source || args.actors.length !== 1 || args.recipients.length !== 1) return null;
  if (!RECEIVING.test(text.slice(subject.end, source.start))) return null;
  if (!/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, source.start - 10), source.start))) return null;
  return { actors: [source], recipients: [subject], rule: `${args.rule}+received-from` };
}
