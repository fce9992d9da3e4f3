import type { AnnotatedDoc } from "../../doc/document.js";
import type { Token } from "../../doc/layers.js";
import { thatAddressee } from "./addressee.js";
import { type Arguments, readArguments } from "./arguments.js";
import type { SentenceScope } from "./code-hit.js";
import { craftOwner } from "./craft-owner.js";
import { type TriggerHit, triggerHit } from "./find-triggers.js";
import { groupSubject } from "./group-subject.js";
import { objectPronoun } from "./object-pronoun.js";
import { corefSubject, implicitSubject } from "./pronouns.js";
import { addressedBetween, speakerOfPronoun, speechVerbBefore } from "./reported-demand.js";
import { unnamedGroup } from "./unnamed-group.js";

/**
 * Who acts on whom around a trigger, from its clause: the grammar of the clause first
 * (readArguments), then a subject the coref layer, a group noun or an unnamed group gives, a speaker
 * for a pronoun opening a reported clause (`Syria says it will not …`), the speaker and the addressee
 * of a reported demand (`X said Y must …`) and the addressee of a that-clause. Null when the trigger
 * names no event: a nominal back-reference with no actor (`the visit would help`), or a demand that
 * nobody reports or that addresses no one.
 */
export function clauseArguments(
  doc: AnnotatedDoc,
  hit: TriggerHit,
  scope: SentenceScope,
  nominal: boolean,
): Arguments | null {
  const { tokens } = scope;
  const anaphoric = nominal && /^(?:the|this|that|such)$/.test(tokens[hit.first - 1]?.lower ?? "");
  const read = (at: TriggerHit, asNoun: boolean) =>
    readArguments(hit.row, tokens, at.first, at.last, scope.participants, doc.text, asNoun);
  const subjectAt = (at: TriggerHit, found: Arguments): Arguments => {
    let a = found;
    if (a.actors.length === 0) a = implicitSubject(doc, at, scope, a);
    if (a.actors.length === 0) a = groupSubject(scope, at.first, doc.text, a);
    // A meeting needs named sides; "Protesters blocked the road" does not.
    if (a.actors.length === 0 && hit.row.frame === "directed") a = unnamedGroup(scope, at.first, doc.text, a);
    return a;
  };
  // "X said Y must withdraw": the subject of the speech verb acts (see reported-demand.ts).
  const speech = hit.row.speaker_acts ? speechVerbBefore(tokens, hit.first, scope.from) : null;
  if (hit.row.speaker_acts && speech === null) return null;
  const at = speech === null ? hit : triggerHit(hit.row, speech, speech);
  let args = read(at, nominal);
  if (args.actors.length === 0 && anaphoric) return null;
  args = subjectAt(at, args);
  args = nearerReference(doc, at, scope, args);
  const spoken = args.actors.length === 0 ? speakerOfPronoun(tokens, hit.first, scope.from) : null;
  if (spoken !== null) {
    // "Syria says it will not accept …": the pronoun is the speaker.
    const speaker = triggerHit(hit.row, spoken, spoken);
    const said = subjectAt(speaker, read(speaker, false));
    const ids = new Set(said.actors.map((a) => a.actorId));
    if (said.actors.length > 0) {
      const recipients = args.recipients.filter((r) => !ids.has(r.actorId));
      args = { actors: said.actors, recipients, rule: `${said.rule}+said-pronoun` };
    }
  }
  const previous = scope.previous;
  if (args.actors.length === 0 && previous && participle(tokens, hit.first)) {
    // "42 NGOs signed a letter, demanding that …": a participle after a comma shares its clause's subject.
    const main = subjectAt(previous, read(previous, false));
    if (main.actors.length > 0)
      args = { actors: main.actors, recipients: args.recipients, rule: `${main.rule}+participle` };
  }
  args = objectPronoun(tokens, hit, doc.get("coref"), args);
  if (speech !== null) {
    const told = addressedBetween(
      args,
      scope.participants,
      (tokens[speech] as Token).end,
      (tokens[hit.first] as Token).start,
    );
    if (!told) return null;
    args = told;
  }
  const addressed = thatAddressee(hit.row, tokens, hit.last, scope.participants, doc.text, args);
  return addressed && craftOwner(doc, hit, scope, addressed);
}

/** `, demanding`, `, calling for`: an -ing form right after a comma opens a participle clause. */
function participle(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.text === "," && /ing$/.test((tokens[first] as Token).lower);
}

/**
 * `Liu said the two leaders reached a consensus`: a reference right before the trigger (a pronoun, a
 * group, a description the coref layer resolved) is its subject, nearer than a name further left.
 */
function nearerReference(doc: AnnotatedDoc, at: TriggerHit, scope: SentenceScope, args: Arguments): Arguments {
  if (args.actors.length === 0) return args;
  const link = corefSubject(scope.tokens, scope.from, at.first, doc.get("coref"));
  if (!link || args.actors.some((a) => a.end > link.start)) return args;
  const ids = new Set(link.actors.map((a) => a.actorId));
  return { actors: link.actors, recipients: args.recipients.filter((r) => !ids.has(r.actorId)), rule: link.rule };
}
