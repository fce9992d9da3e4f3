import type { KnowledgeBase } from "../../actors/kb.js";
import { editDistance, normalizeName, surnameOf } from "../../actors/names.js";
import type { EntityMention, Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import { NOT_NAME } from "./lexicon.js";

/**
 * Second references: a capitalised word that is the surname of a person named in the article
 * (`Qin` after `Qin Gang`, `Blinken` after `Antony Blinken`), or a one-letter slip of it
 * (`Bilinken`). A surname the article never introduces resolves through the knowledge base only
 * when exactly one known person bears it.
 */
export function findSurnames(
  tokens: readonly Token[],
  persons: readonly EntityMention[],
  kb: KnowledgeBase,
  text: string,
): Candidate[] {
  const bySurname = new Map<string, EntityMention>();
  for (const p of persons) {
    if (!p.actorId) continue;
    const actor = kb.get(p.actorId);
    const surname = normalizeName(surnameOf(actor?.name ?? p.text, actor?.country ?? p.country));
    if (!bySurname.has(surname)) bySurname.set(surname, p);
  }
  const found: Candidate[] = [];
  for (const t of tokens) {
    if (t.kind !== "word" || !t.upper || NOT_NAME.has(t.text) || t.text.length < 2) continue;
    const norm = normalizeName(t.text);
    let person = bySurname.get(norm);
    let rule = "entities.person.surname";
    if (!person && norm.length >= 6) {
      for (const [surname, p] of bySurname) {
        if (editDistance(norm, surname) === 1) {
          person = p;
          rule = "entities.person.surname-variant";
          break;
        }
      }
    }
    let actorId = person?.actorId ?? null;
    if (!person) {
      const known = kb.surnames.get(norm);
      if (known?.length !== 1 || norm.length < 5) continue;
      actorId = known[0] ?? null;
      rule = "entities.person.surname-kb";
    }
    found.push({
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      type: "PERSON",
      actorId,
      country: person?.country ?? (actorId ? (kb.get(actorId)?.country ?? null) : null),
      title: null,
      rule,
      priority: 1,
    });
  }
  return found;
}
