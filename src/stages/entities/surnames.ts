import type { KnowledgeBase } from "../../actors/kb.js";
import { normalizeName, normalizeWord, oneEditApart, surnameOf } from "../../actors/names.js";
import type { EntityMention, Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import { NOT_NAME } from "./lexicon.js";

/**
 * Second references: a capitalised word that is the surname of a person named in the article
 * (`Qin` after `Qin Gang`, `Blinken` after `Antony Blinken`), or a one-letter slip of it
 * (`Bilinken`). A surname the article never introduces resolves through the knowledge base only
 * when exactly one known person bears it and the article mentions their country; so does its slip
 * when the article also writes it right.
 */
export function findSurnames(
  tokens: readonly Token[],
  persons: readonly EntityMention[],
  kb: KnowledgeBase,
  text: string,
  countries: ReadonlySet<string> = new Set(),
  date: string | null = null,
): Candidate[] {
  const bySurname = new Map<string, EntityMention>();
  for (const p of persons) {
    if (!p.actorId) continue;
    const actor = kb.get(p.actorId);
    const surname = normalizeName(surnameOf(actor?.name ?? p.text, actor?.country ?? p.country));
    if (!bySurname.has(surname)) bySurname.set(surname, p);
  }
  let written: Map<string, string> | null = null;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word" || !t.upper || NOT_NAME.has(t.text) || t.text.length < 2) continue;
    const norm = normalizeWord(t.text, t.lower);
    let person = bySurname.get(norm);
    let rule = "entities.person.surname";
    if (!person && norm.length >= 6) {
      for (const [surname, p] of bySurname) {
        if (oneEditApart(norm, surname)) {
          person = p;
          rule = "entities.person.surname-variant";
          break;
        }
      }
    }
    let actorId = person?.actorId ?? null;
    if (!person) {
      if (startsLongerName(tokens, i)) continue; // "Richard" in "Dr Richard Lewis" is no known Richard
      const known = kb.surnames.get(norm);
      // A surname the article never introduces names its one known bearer only in a story that mentions
      // their country or, in a dated story, while they hold office: "Mr Howard" in a British story of
      // 2005 with no Australia in it is not John Howard.
      const bearer = known?.length === 1 ? kb.get(known[0] ?? "") : undefined;
      const fits =
        bearer &&
        ((bearer.country !== null && countries.has(bearer.country)) ||
          (date !== null && kb.rolesAt(bearer.id, date).length > 0));
      if (bearer && fits && norm.length >= 5) {
        actorId = bearer.id;
        rule = "entities.person.surname-kb";
      } else if (norm.length >= 6) {
        written ??= knownSurnamesWritten(tokens, kb);
        actorId = writtenVariant(norm, written);
        rule = "entities.person.surname-variant";
      }
      if (!actorId) continue;
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

/**
 * The capitalised words of the article, normalised, that are the surname of exactly one known person
 * (five letters or more), in the order the article first writes them, with that person's id.
 */
function knownSurnamesWritten(tokens: readonly Token[], kb: KnowledgeBase): Map<string, string> {
  const written = new Map<string, string>();
  for (const t of tokens) {
    if (!t.upper || t.kind !== "word") continue;
    const word = normalizeWord(t.text, t.lower);
    const ids = kb.surnames.get(word);
    if (word.length >= 5 && ids?.length === 1 && !written.has(word)) written.set(word, ids[0] as string);
  }
  return written;
}

/** `Bilinken` in a story that also writes `Blinken`: the one known person whose surname is one edit away. */
function writtenVariant(norm: string, written: ReadonlyMap<string, string>): string | null {
  for (const [word, id] of written) if (word !== norm && oneEditApart(norm, word)) return id;
  return null;
}

/** True when the next word is also part of a name, so the word is a first name, not a lone surname. */
function startsLongerName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const t = tokens[i] as Token;
  return (
    next !== undefined && next.sentence === t.sentence && next.kind === "word" && next.upper && !NOT_NAME.has(next.text)
  );
}
