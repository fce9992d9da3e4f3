import type { AnnotatedDoc } from "../../doc/document.js";
import type { CorefLink, EntityMention, QuoteMention, Token } from "../../doc/layers.js";
import { firstFrom, spanAt } from "../coref/bisect.js";
import type { Arguments } from "./arguments.js";
import type { SentenceScope } from "./code-hit.js";
import type { TriggerHit } from "./find-triggers.js";

/** Subject pronouns: `his visit` and `told him` leave the trigger's subject unsaid. */
const SUBJECT_PRONOUNS = new Set(["he", "she"]);

/** The subject a coref link gives a trigger, with the rule that names how. */
export interface CorefSubject {
  actors: EntityMention[];
  rule: string;
  /** Where the reference starts (`the two leaders`). */
  start: number;
}

/**
 * `He urged …`, `The minister met …`, `The two sides agreed …`: a reference the coref layer resolved,
 * standing as the trigger's own subject, gives the trigger its actors. It must sit at most three
 * words before the trigger with no punctuation between (`Officials said he urged …`: he; `…, he
 * said, adding that talks …`: nobody).
 *
 * @example corefSubject(tokens, 0, 1, links) // "He met Lavrov": the person "He" points at, rule "args.pronoun"
 */
export function corefSubject(
  tokens: readonly Token[],
  sentenceFrom: number,
  triggerFirst: number,
  links: readonly CorefLink[],
): CorefSubject | null {
  for (let k = triggerFirst - 1; k >= Math.max(sentenceFrom, triggerFirst - 4); k--) {
    const tok = tokens[k] as Token;
    if (tok.kind === "punct") return null;
    const link = spanAt(links, tok.start);
    if (!link) continue;
    if (link.kind === "pronoun" && !SUBJECT_PRONOUNS.has(link.text.toLowerCase())) return null;
    // A person the article names only as `Mr Balls` has no actor to code.
    const actors = link.antecedents.filter((a) => a.actorId !== null);
    if (actors.length === 0 || link.end > (tokens[triggerFirst] as Token).start) return null;
    return { actors, rule: link.kind === "pronoun" ? "args.pronoun" : `args.coref-${link.kind}`, start: link.start };
  }
  return null;
}

/** In `"Spoke by phone with Qin…"` or `"We discussed…"` the speaker is the subject; in `"Many people oppose…"` not. */
function speakerIsSubject(tokens: readonly Token[], quoteStart: number, triggerFirst: number): boolean {
  let words = 0;
  for (let k = triggerFirst - 1; k >= 0 && (tokens[k] as Token).start >= quoteStart; k--) {
    const w = (tokens[k] as Token).lower;
    if (w === "i" || w === "we") return true;
    if ((tokens[k] as Token).kind === "word") words++;
  }
  return words === 0;
}

/**
 * The subject a clause leaves implicit: the speaker of a quote in the speaker's own words (a direct
 * quote, or a post after a colon), or the person or pair a reference right before the trigger points
 * back at (through the coref layer).
 *
 * @example implicitSubject(doc, hit, scope, args) // "He met Lavrov": actors [the person "He" points at], rule "args.pronoun"
 */
export function implicitSubject(doc: AnnotatedDoc, hit: TriggerHit, scope: SentenceScope, args: Arguments): Arguments {
  const { tokens } = scope;
  const first = tokens[hit.first] as Token;
  const last = tokens[hit.last] as Token;
  const quotes = doc.get("quotes");
  let quote: QuoteMention | undefined;
  // Quotes are sorted by start: only the few that start before the trigger can hold it.
  for (let i = firstFrom(quotes, first.start + 1) - 1, seen = 0; i >= 0 && seen < 8 && !quote; i--, seen++) {
    const q = quotes[i] as QuoteMention;
    const own = q.kind === "direct" || q.rule.endsWith("-colon");
    if (own && last.end <= q.end && q.speaker?.actorId && speakerIsSubject(tokens, q.start, hit.first)) quote = q;
  }
  if (quote?.speaker) return { actors: [quote.speaker], recipients: args.recipients, rule: "args.quote-speaker" };
  const subject = corefSubject(tokens, scope.from, hit.first, doc.get("coref"));
  return subject ? { actors: subject.actors, recipients: args.recipients, rule: subject.rule } : args;
}
