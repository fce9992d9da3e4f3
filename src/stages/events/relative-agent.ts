import type { EntityMention } from "../../doc/layers.js";
import { COORDINATION } from "./participants.js";

/** ` that `, ` which ` after the noun and what it applies to: `sanctions on Hong Kong officials that `. */
const OPENS_RELATIVE = /^[^;:.]{0,80}?\b(?:that|which)\s+(?:the\s+)?$/i;
/** The relative clause's verb of putting a measure in place: `had announced`, `unveiled last week`. */
const PUT_IN_PLACE =
  /^\s+(?:had\s+|has\s+|have\s+)?(?:just\s+|recently\s+|first\s+)?(?:announced|imposed|unveiled|introduced|adopted|placed|issued|slapped|levied|approved|rolled\s+out)\b/i;

/**
 * `the export controls that the United States unveiled last week`, `sanctions on Hong Kong officials
 * that Washington had announced`: a measure named as a noun, then a relative clause whose subject put
 * it in place. That subject is the measure's actor, whoever governs the noun ("China condemned …",
 * "Yellen was concerned about …"); what the noun applies to before the clause receives it. Null when
 * no such clause follows the noun.
 */
export function relativeAgent(
  triggerEnd: number,
  right: readonly EntityMention[],
  text: string,
): { actors: EntityMention[]; recipients: EntityMention[] } | null {
  const agent = right.find(
    (p) => OPENS_RELATIVE.test(text.slice(triggerEnd, p.start)) && PUT_IN_PLACE.test(text.slice(p.end, p.end + 40)),
  );
  if (!agent) return null;
  const clause = text.slice(triggerEnd, agent.start).search(/\b(?:that|which)\s+(?:the\s+)?$/i) + triggerEnd;
  const recipients = right.filter((p) => p.end <= clause && p !== agent);
  const joined = recipients.filter(
    (p, i) => i === 0 || COORDINATION.test(text.slice((recipients[i - 1] as EntityMention).end, p.start)),
  );
  return { actors: [agent], recipients: joined };
}
