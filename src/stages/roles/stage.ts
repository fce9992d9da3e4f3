import type { EntityMention, RoleMention, Sentence, TimexMention } from "../../doc/layers.js";
import type { Stage } from "../../pipeline/stage.js";
import { loadTitles } from "../entities/lexicon.js";
import { appositionAfter } from "./apposition.js";
import { ROLE_PATTERNS } from "./patterns.js";

import { readRolePhrase } from "./phrase.js";
import { subjectFocus } from "./subject.js";

/**
 * Roles the article states, with their dates: `has served as China's ambassador to Washington since
 * July 2021`, `took over the key job of ambassador … in late July`, `was promoted to the deputy foreign
 * minister position in 2018`, `will succeed State Councilor and Foreign Minister Wang Yi`. A title
 * bound to a name (`Foreign Minister Qin Gang`) is already on the entity; this stage adds the rest.
 */
export const rolesStage: Stage = {
  name: "roles",
  requires: ["sentences", "entities", "timexes"],
  provides: ["roles"],
  run(doc) {
    const entities = doc.get("entities");
    const persons = entities.filter((e) => e.type === "PERSON" && e.actorId);
    const timexes = doc.get("timexes");
    const focus = subjectFocus(doc.text, doc.get("sentences"), persons);
    const found: RoleMention[] = [];
    const patterns = ROLE_PATTERNS.filter((p) => p.cue.test(doc.text));
    for (const sentence of patterns.length > 0 ? doc.get("sentences") : []) {
      if (sentence.furniture) continue;
      const text = doc.slice(sentence);
      for (const pattern of patterns) {
        pattern.re.lastIndex = 0; // exec on the shared regex: matchAll would copy it for every sentence
        for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
          const at = sentence.start + (m.index ?? 0);
          const roleAt = at + m[0].length - (m.groups?.role?.length ?? 0);
          const role = pattern.untilPerson
            ? phraseUntilPerson(at + m[0].length, sentence, persons, doc.text)
            : { text: m.groups?.role ?? "", end: at + m[0].length };
          const phrase = readRolePhrase(role.text);
          const subject = focus(at, sentence);
          if (!phrase || !subject?.actorId) continue;
          const timex = pattern.since ? dateAfter(role.end, sentence, timexes, doc.text) : null;
          found.push({
            start: Math.min(at, roleAt),
            end: role.end,
            actorId: subject.actorId,
            title: phrase.title,
            country: ownerCountry(phrase.owner, entities) ?? subject.country,
            sector: sectorOf(phrase.title),
            since: timex ? (timex.range?.start ?? timex.value?.split("/")[0] ?? null) : null,
            tense: pattern.tense,
            rule: pattern.id,
          });
        }
      }
    }
    for (const person of persons) {
      const sentence = doc.get("sentences").find((x) => x.start <= person.start && person.end <= x.end);
      // A title before the name is the entity's already; one after it (`Xie Feng, China's ambassador…`) is read here in full.
      if (!sentence || sentence.furniture || (person.title && person.title.start < person.start)) continue;
      const apposition = appositionAfter(person, doc.text, sentence.end);
      const phrase = apposition ? readRolePhrase(apposition.text) : null;
      if (!apposition || !phrase || !person.actorId) continue;
      found.push({
        start: person.start,
        end: apposition.end,
        actorId: person.actorId,
        title: phrase.title,
        country: ownerCountry(phrase.owner, entities) ?? person.country,
        sector: sectorOf(phrase.title),
        since: null,
        tense: /^former\b/i.test(apposition.text.trim()) ? "former" : "current",
        rule: "roles.apposition",
      });
    }
    doc.set("roles", found);
  },
};

/** `will succeed State Councilor and Foreign Minister Wang Yi` → the words up to the next person named. */
function phraseUntilPerson(from: number, sentence: Sentence, persons: readonly EntityMention[], text: string) {
  const next = persons.find((p) => p.start >= from && p.end <= sentence.end);
  const end = next ? next.start : from;
  return { text: text.slice(from, end).trim(), end };
}

/** The first time expression after the role phrase, in the same clause (`… ambassador in the U.S. capital in late July`). */
function dateAfter(from: number, sentence: Sentence, timexes: readonly TimexMention[], text: string) {
  const t = timexes.find((x) => x.start >= from && x.end <= sentence.end && !/[;]|,\s/.test(text.slice(from, x.start)));
  return t && t.start - from <= 60 ? t : null;
}

function ownerCountry(owner: string | null, entities: readonly EntityMention[]): string | null {
  if (!owner) return null;
  return entities.find((e) => e.text === owner && e.country)?.country ?? null;
}

/** The sector of the longest known title opening the phrase: `Ambassador to the United States` → GOV. */
function sectorOf(title: string): string | null {
  const words = title.toLowerCase().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const sector = loadTitles().forms.get(words.slice(0, n).join(" "));
    if (sector) return sector;
  }
  return null;
}
