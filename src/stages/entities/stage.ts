import type { KnowledgeBase } from "../../actors/kb.js";
import { normalizeName, slugify } from "../../actors/names.js";
import { resolvePerson } from "../../actors/resolve.js";
import type { AnnotatedDoc } from "../../doc/document.js";
import type { EntityMention } from "../../doc/layers.js";
import type { Stage } from "../../pipeline/stage.js";
import type { Candidate } from "./candidate.js";
import { findCapitalisedNames } from "./capitalised-names.js";
import { findKnownNames } from "./gazetteer.js";
import { loadTitles } from "./lexicon.js";
import { removeOverlaps } from "./refine.js";
import { findSurnames } from "./surnames.js";
import { findTitledPersons } from "./titled-person.js";

/**
 * Entity mentions typed PERSON, ORG, GPE, NORP, LOC, FAC, TITLE, each linked to an actor where one
 * is known. Finders propose; people are resolved against the knowledge base with the article as
 * context; then second references (surnames) are found against the people already resolved.
 */
export const entitiesStage: Stage = {
  name: "entities",
  requires: ["tokens"],
  provides: ["entities"],
  run(doc, ctx) {
    const tokens = doc.get("tokens");
    const kb = ctx.kb;
    const known = findKnownNames(tokens, kb, doc.text);
    const titled = findTitledPersons(tokens, kb, loadTitles(), doc.text);
    const capitalised = findCapitalisedNames(tokens, kb, doc.text);
    const words = new Set(tokens.filter((t) => t.upper).map((t) => normalizeName(t.text)));
    const countries = new Set(known.map((k) => k.country).filter((c): c is string => c !== null));
    const people = [...titled, ...capitalised]
      .map((c) => resolveCandidate(c, kb, doc, { words, countries, date: ctx.publishedAt }))
      .filter((c): c is Candidate => c !== null);
    const first = removeOverlaps([...known, ...people]);
    const persons = first.filter((e) => e.type === "PERSON");
    const free = findSurnames(tokens, persons, kb, doc.text).filter(
      (s) => !first.some((e) => e.start < s.end && s.start < e.end),
    );
    // A lone capitalised word before "said" that no surname explains is still a person, unresolved.
    const speakers = capitalised.filter((c) => c.rule === "entities.person.speaker" && !c.text.includes(" "));
    const kept = removeOverlaps([...first, ...free, ...speakers]).map(({ priority: _p, ...e }) => e);
    const entities: EntityMention[] = kept.map((e) =>
      e.type === "PERSON" && !e.country ? withTitleCountry(e, kept, doc.text) : e,
    );
    doc.set("entities", entities);
  },
};

interface Context {
  words: Set<string>;
  countries: Set<string>;
  date: string | null;
}

function resolveCandidate(c: Candidate, kb: KnowledgeBase, doc: AnnotatedDoc, ctx: Context): Candidate | null {
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
      if (c.rule === "entities.person.capitalised") return null;
      if (c.text.split(" ").length < 2) return c.title ? titledSurname(c, kb) : null;
      return { ...c, actorId: `p:${slugify(c.text)}` };
  }
}

/** `President Xi`, `Minister Qin`: a title vouches for a person; a surname only one known person bears names them. */
function titledSurname(c: Candidate, kb: KnowledgeBase): Candidate {
  const ids = kb.surnames.get(normalizeName(c.text));
  if (ids?.length !== 1 || !ids[0]) return c;
  return { ...c, actorId: ids[0], country: kb.get(ids[0])?.country ?? null, rule: `${c.rule}+kb-surname` };
}

/** `US Deputy Secretary of State Wendy Sherman`, `China's new envoy Xie Feng`: the country before the title is the person's. */
function withTitleCountry(person: EntityMention, all: readonly EntityMention[], text: string): EntityMention {
  if (!person.title) return person;
  const titleStart = person.title.start;
  const modifier = all.find(
    (e) =>
      (e.type === "GPE" || e.type === "NORP") &&
      e.end <= titleStart &&
      /^(?:['’]s)?\s*(?:(?:new|former|incoming|outgoing|acting|then)\s+)*$/i.test(text.slice(e.end, titleStart)),
  );
  return modifier ? { ...person, country: modifier.country } : person;
}
