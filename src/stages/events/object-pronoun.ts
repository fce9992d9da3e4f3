import type { CorefLink, Token } from "../../doc/layers.js";
import { spanAt } from "../coref/bisect.js";
import type { Arguments } from "./arguments.js";
import type { TriggerHit } from "./find-triggers.js";

/** Object pronouns that name the other side of an act: `met him`, `talks with her`, `called them`. */
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
/** Prepositions that may stand between the trigger and its partner: `meetings with him`, `spoke to her`. */
const LINKS = new Set(["with", "to"]);

/**
 * `Qin met him`, `several meetings with him (Blinken)`: an object pronoun right after the trigger
 * (or after `with` / `to`), which the coref layer resolved, is the recipient when the clause names
 * none. A pronoun that points back at the actor adds no side.
 *
 * @example objectPronoun(tokens, hit, links, args) // "Qin Gang met him": recipients [the person "him" points at]
 */
export function objectPronoun(
  tokens: readonly Token[],
  hit: TriggerHit,
  links: readonly CorefLink[],
  args: Arguments,
): Arguments {
  if (args.actors.length === 0 || args.recipients.length > 0) return args;
  let k = hit.last + 1;
  if (LINKS.has(tokens[k]?.lower ?? "")) k++;
  const pronoun = tokens[k];
  if (!pronoun || pronoun.sentence !== (tokens[hit.last] as Token).sentence) return args;
  if (!OBJECT_PRONOUNS.has(pronoun.lower)) return args;
  const link = spanAt(links, pronoun.start);
  if (link?.kind !== "pronoun") return args;
  const acting = new Set(args.actors.map((a) => a.actorId));
  const others = link.antecedents.filter((a) => a.actorId !== null && !acting.has(a.actorId));
  if (others.length === 0) return args;
  return { actors: args.actors, recipients: others, rule: `${args.rule}+object-pronoun` };
}
