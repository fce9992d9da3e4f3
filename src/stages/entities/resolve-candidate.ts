import type { KnowledgeBase } from "../../actors/kb.js";
import { normalizeName, slugify } from "../../actors/names.js";
import { resolvePerson } from "../../actors/resolve.js";
import type { AnnotatedDoc } from "../../doc/document.js";
import type { Candidate } from "./candidate.js";

/** Rules whose candidates carry their own evidence of a person (a title, a speech verb, an honorific). */
const EVIDENCED = /^entities\.person\.(?:after-title|apposition|speaker|honorific)/;

export interface NameEvidence {
  words: Pick<ReadonlySet<string>, "has">;
  countries: Set<string>;
  date: string | null;
}

/**
 * A person candidate resolved against the knowledge base with the article as context: a known name, a
 * supported spelling variant (reported), or a new person when the candidate carries evidence of one.
 */
export function resolveCandidate(
  c: Candidate,
  kb: KnowledgeBase,
  doc: AnnotatedDoc,
  ctx: NameEvidence,
): Candidate | null {
  if (c.type !== "PERSON") return c;
  const resolution = resolvePerson(c.text, kb, {
    articleWords: ctx.words,
    countries: ctx.countries,
    title: c.title?.text.toLowerCase() ?? null,
    date: ctx.date,
  });
  const stage = "entities";
  switch (resolution.kind) {
    case "exact":
      return { ...c, actorId: resolution.actorId, country: kb.get(resolution.actorId)?.country ?? null };
    case "variant":
      doc.report({
        stage,
        rule: "actors.variant",
        reason: `"${c.text}" read as ${kb.get(resolution.actorId)?.name} (${resolution.evidence})`,
        start: c.start,
        end: c.end,
      });
      return {
        ...c,
        actorId: resolution.actorId,
        country: kb.get(resolution.actorId)?.country ?? null,
        rule: `${c.rule}+variant`,
      };
    case "ambiguous":
      doc.report({
        stage,
        rule: "actors.ambiguous",
        reason: `"${c.text}" could be ${resolution.candidates.map((id) => kb.get(id)?.name).join(" or ")}; left unresolved`,
        start: c.start,
        end: c.end,
      });
      return c.rule === "entities.person.capitalised" ? null : { ...c, actorId: null };
    case "unknown":
      // A new person only with evidence of personhood: a title before the name or a speech verb after it.
      if (!EVIDENCED.test(c.rule)) return null;
      if (c.text.split(" ").length < 2) return c.title ? titledSurname(c, kb) : null;
      return { ...c, actorId: `p:${slugify(c.text)}` };
  }
}

/**
 * `President Xi`, `Minister Qin`: a title vouches for a person; a surname only one known person bears
 * names them, a surname no known person bears names a new one, and one several bear stays unresolved.
 */
function titledSurname(c: Candidate, kb: KnowledgeBase): Candidate {
  const ids = kb.surnames.get(normalizeName(c.text));
  // "President Suharto", "Archbishop Tutu": a title before a name no known person bears names a new person.
  if (!ids || ids.length === 0) return { ...c, actorId: `p:${slugify(c.text)}`, rule: `${c.rule}+new` };
  if (ids.length !== 1 || !ids[0]) return c;
  return { ...c, actorId: ids[0], country: kb.get(ids[0])?.country ?? null, rule: `${c.rule}+kb-surname` };
}
