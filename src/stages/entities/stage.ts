import { normalizeWord } from "../../actors/names.js";
import { type EntityMention, entityMention, type Token } from "../../doc/layers.js";
import { packed } from "../../model/packed.js";
import type { Stage } from "../../pipeline/stage.js";
import { findAppositivePersons } from "./apposition.js";
import type { Candidate } from "./candidate.js";
import { findCapitalisedNames } from "./capitalised-names.js";
import { findKnownNames } from "./gazetteer.js";
import { loadTitles } from "./lexicon.js";
import { findOrganisationPhrases } from "./org-phrases.js";
import { removeOverlaps } from "./refine.js";
import { resolveCandidate } from "./resolve-candidate.js";
import { findSurnames } from "./surnames.js";
import { findTitledPersons } from "./titled-person.js";

/** Rules that guess a person from a capitalised run, a speech verb or an honorific: an organisation's name beats them. */
const GUESSED = /^entities\.person\.(?:capitalised|speaker|honorific)/;

/**
 * Entity mentions typed PERSON, ORG, GPE, NORP, LOC, FAC, TITLE, each linked to an actor where one
 * is known. Finders propose; people are resolved against the knowledge base with the article as
 * context; names headed by an organisation word fill the gaps the knowledge base leaves; then second
 * references (surnames) are found against the people already resolved.
 */
export const entitiesStage: Stage = {
  name: "entities",
  requires: ["tokens"],
  provides: ["entities"],
  run(doc, ctx) {
    const tokens = doc.get("tokens");
    const kb = ctx.kb;
    const titles = loadTitles();
    const known = findKnownNames(tokens, kb, doc.text);
    const titled = findTitledPersons(tokens, kb, titles, doc.text);
    const appositive = findAppositivePersons(tokens, kb, titles, doc.text);
    const capitalised = findCapitalisedNames(tokens, kb, doc.text);
    const words = capitalisedWords(tokens);
    // packed(), not map(): see model/packed.ts (the arrays of this stage keep one class)
    const countries = new Set(packed(known, (k) => k.country).filter((c): c is string => c !== null));
    // A lone word after an honorific waits for the last pass, where a surname the article introduced wins.
    const guessed = capitalised.filter((c) => c.rule !== "entities.person.honorific" || c.text.includes(" "));
    const people = packed([...titled, ...appositive, ...guessed], (c) =>
      resolveCandidate(c, kb, doc, { words, countries, date: ctx.publishedAt }),
    ).filter((c): c is Candidate => c !== null);
    // Known names, titles and people the knowledge base or a title vouches for bound an organisation's name.
    const vouched = (p: Candidate) => p.type === "TITLE" || !GUESSED.test(p.rule) || !!kb.get(p.actorId ?? "");
    const bounds = [...known, ...people.filter(vouched)];
    const orgs = findOrganisationPhrases(tokens, bounds, doc.text);
    const first = removeOverlaps([...known, ...people, ...orgs]);
    const persons = first.filter((e) => e.type === "PERSON");
    const free = findSurnames(tokens, persons, kb, doc.text, countries, ctx.publishedAt).filter(
      (s) => !first.some((e) => e.start < s.end && s.start < e.end),
    );
    const speakers = loneSpeakers(capitalised, tokens);
    // one hidden class for every mention, whichever finder made it (the candidates' priority dropped)
    const kept = packed(removeOverlaps([...first, ...free, ...speakers]), entityMention);
    const entities: EntityMention[] = packed(kept, (e) =>
      e.type === "PERSON" && !e.country ? withTitleCountry(e, kept, doc.text) : e,
    );
    doc.set("entities", entities);
  },
};

/**
 * The article's capitalised words, normalised, built on the first look-up: only a spelling variant
 * weighing its evidence asks, and most articles have none.
 */
function capitalisedWords(tokens: readonly Token[]): Pick<ReadonlySet<string>, "has"> {
  let words: Set<string> | null = null;
  return {
    has(word) {
      words ??= new Set(tokens.filter((t) => t.upper).map((t) => normalizeWord(t.text, t.lower)));
      return words.has(word);
    },
  };
}

/**
 * A lone capitalised word before `said`, or after `Mr`/`Lord`, that no surname explains is still a
 * person, unresolved; but not a word that opens its sentence and is written in lower case elsewhere in
 * the article (`Parties said …` where the story also writes `parties`).
 */
function loneSpeakers(capitalised: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const lone = capitalised.filter(
    (c) => (c.rule === "entities.person.speaker" || c.rule === "entities.person.honorific") && !c.text.includes(" "),
  );
  const speakers = lone.filter((c) => c.rule === "entities.person.speaker");
  if (speakers.length === 0) return lone;
  const starts = new Set(speakers.map((c) => c.start));
  const lower = new Map(speakers.map((c) => [c.text.toLowerCase(), false]));
  const opening = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.upper && lower.has(t.lower)) lower.set(t.lower, true);
    if (starts.has(t.start) && (i === 0 || tokens[i - 1]?.sentence !== t.sentence)) opening.add(t.start);
  }
  return lone.filter((c) => !(opening.has(c.start) && lower.get(c.text.toLowerCase())));
}

/**
 * `US Deputy Secretary of State Wendy Sherman`, `China's new envoy Xie Feng`, `former US treasury
 * secretary`: the country before the title, or inside the title the person holds, is the person's.
 */
function withTitleCountry(person: EntityMention, all: readonly EntityMention[], text: string): EntityMention {
  const title = person.title;
  if (!title) return person;
  const modifier = all.find(
    (e) =>
      (e.type === "GPE" || e.type === "NORP") &&
      ((e.end <= title.start &&
        /^(?:['’]s)?\s*(?:(?:new|former|incoming|outgoing|acting|then)\s+)*$/i.test(text.slice(e.end, title.start))) ||
        (e.start >= title.start && e.end <= title.end)),
  );
  return modifier ? entityMention({ ...person, country: modifier.country }) : person;
}
