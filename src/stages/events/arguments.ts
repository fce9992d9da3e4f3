import type { EntityMention, Token } from "../../doc/layers.js";
import type { TriggerRow } from "../../ontology/triggers.js";
import { coordinatedBefore, isPassive } from "./participants.js";

export interface Arguments {
  actors: EntityMention[];
  recipients: EntityMention[];
  rule: string;
}

/** The group starting at `e` and the entities joined to it by `and` / commas on its right. */
function coordinatedAfter(e: EntityMention, list: readonly EntityMention[], text: string): EntityMention[] {
  const group = [e];
  let current = e;
  for (let i = list.indexOf(e) + 1; i < list.length; i++) {
    const right = list[i] as EntityMention;
    const gap = text.slice(current.end, right.start);
    if (!/^\s*(?:,|and|,\s*and|&)\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(gap) || gap.length > 60) break;
    group.push(right);
    current = right;
  }
  return group;
}

/**
 * Reads who acts on whom from the clause around a trigger, without a parser:
 * `X met Y`, `X and Y held talks`, `talks between X and Y`, `Y was shot down by X`, `X's visit to Y`,
 * `X hosted Y` (visitor acts, host receives), `a phone call with Y …, X wrote`.
 */
export function readArguments(
  row: TriggerRow,
  tokens: readonly Token[],
  first: number,
  last: number,
  participants: readonly EntityMention[],
  text: string,
): Arguments {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const left = participants.filter((p) => p.end <= start);
  const right = participants.filter((p) => p.start >= end);
  const nearestLeft = left[left.length - 1];
  const firstRight = right[0];
  const rightGroup = firstRight ? coordinatedAfter(firstRight, right, text) : [];
  const leftGroup = nearestLeft ? coordinatedBefore(nearestLeft, left, text) : [];

  const byIndex = right.findIndex((p) => /\bby\s+(?:the\s+|a\s+|an\s+)?[\p{L}\s-]*$/u.test(text.slice(end, p.start)));
  if (isPassive(tokens, first) && byIndex >= 0) {
    const agent = right[byIndex] as EntityMention;
    return { actors: coordinatedAfter(agent, right, text), recipients: leftGroup, rule: "args.passive-by" };
  }
  if (row.frame === "host") {
    return { actors: rightGroup, recipients: leftGroup, rule: "args.host" };
  }
  const between = /^\s*(?:between|among)\b/i.test(text.slice(end, firstRight?.start ?? end));
  if (between && rightGroup.length >= 2) return { actors: rightGroup, recipients: [], rule: "args.between" };
  if (leftGroup.length === 0 && rightGroup.length > 0) {
    // "In a phone call with Blinken on Sunday, Qin wrote…": the subject comes after the framing phrase.
    const after = right.slice(rightGroup.length);
    if (after.length > 0 && row.pos === "noun") {
      return { actors: [after[0] as EntityMention], recipients: rightGroup, rule: "args.fronted-noun" };
    }
    return { actors: [], recipients: rightGroup, rule: "args.no-subject" };
  }
  if (row.frame === "mutual" && leftGroup.length >= 2 && rightGroup.length === 0) {
    return { actors: leftGroup, recipients: [], rule: "args.joint-subject" };
  }
  return { actors: leftGroup, recipients: rightGroup.slice(0, 3), rule: "args.subject-object" };
}
