import { slugify } from "../../actors/names.js";
import type { Token } from "../../doc/layers.js";
import type { Candidate } from "./candidate.js";
import { DATE_WORDS, loadTitles, ORG_PHRASES } from "./lexicon.js";

/**
 * What already covers each token: a name that may open an organisation's name (`British` in `British
 * Medical Association`), or one that blocks it (a known organisation, a person, a title).
 */
type Cover = { candidate: Candidate; absorb: boolean } | undefined;

/** Indexes candidates by token: GPE, NORP and places are absorbed into an organisation's name; the rest block it. */
function coverTokens(tokens: readonly Token[], candidates: readonly Candidate[]): Cover[] {
  const cover: Cover[] = new Array(tokens.length);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (k < sorted.length && (sorted[k] as Candidate).end <= t.start) k++;
    for (let j = k; j < sorted.length && (sorted[j] as Candidate).start < t.end; j++) {
      const c = sorted[j] as Candidate;
      if (c.end <= t.start) continue;
      const absorb = c.type === "GPE" || c.type === "NORP" || c.type === "LOC" || c.type === "FAC";
      if (!cover[i] || !absorb) cover[i] = { candidate: c, absorb };
    }
  }
  return cover;
}

/**
 * Capitalised names headed by an organisation word (data/lexicon/org-phrases.json): `Foreign Affairs
 * Committee`, `Hansard Society`, `Ministry of Defence`, `Office of the Foreign Affairs Commission`.
 * The name may open with a country word (`Japanese Foreign Ministry`), which then gives its country;
 * it stops before an organisation the knowledge base knows (`… of the Communist Party of China`), whose
 * country it takes. A head alone (`Party leaders`) is no name.
 */
export function findOrganisationPhrases(
  tokens: readonly Token[],
  bounds: readonly Candidate[],
  text: string,
): Candidate[] {
  const found: Candidate[] = [];
  if (!tokens.some((t) => ORG_PHRASES.heads.has(t.text))) return found;
  const cover = coverTokens(tokens, bounds);
  const capAt = (k: number, sentence: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.sentence === sentence && t.kind === "word" && t.upper && cover[k]?.absorb !== false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    if (!capAt(i, first.sentence) || ORG_PHRASES.neverFirst.has(first.text)) continue;
    const end = runEnd(tokens, i, (k) => capAt(k, first.sentence));
    let head = -1;
    for (let k = end - 1; k >= i && head < 0; k--) if (ORG_PHRASES.heads.has((tokens[k] as Token).text)) head = k;
    if (head < 0) {
      i = end - 1;
      continue;
    }
    let last = head;
    for (let tail = tailAt(tokens, last, capAt); tail > last; tail = tailAt(tokens, last, capAt)) last = tail;
    if (last === i) continue;
    const from = first.start;
    const to = (tokens[last] as Token).end;
    const phrase = text.slice(from, to);
    const office = namesAnOffice(tokens, i);
    found.push({
      start: from,
      end: to,
      text: phrase,
      type: "ORG",
      actorId: office ? null : `o:${slugify(phrase)}`,
      country: countryOf(tokens, cover, i, last),
      title: null,
      rule: office ? "entities.org.headed-phrase.office" : "entities.org.headed-phrase",
      priority: 2,
    });
    i = last;
  }
  return found;
}

/**
 * `Director of the Office of …`, `head of the Bureau of …`: a body named as the office someone holds
 * describes that person; it is mentioned, but stands for no actor of its own.
 */
function namesAnOffice(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 1]?.lower === "the" ? i - 2 : i - 1;
  if (tokens[of]?.lower !== "of") return false;
  const word = tokens[of - 1]?.lower ?? "";
  return ORG_PHRASES.officeWords.has(word) || loadTitles().forms.has(word);
}

/** The end (exclusive) of a run of capitalised words from i, `and`/`&` allowed between two of them. */
function runEnd(tokens: readonly Token[], i: number, cap: (k: number) => boolean): number {
  let k = i;
  while (cap(k) || (k > i && ORG_PHRASES.inner.has(tokens[k]?.text ?? "") && cap(k + 1))) k++;
  return k;
}

/** `… of [the] Foreign Affairs`, `… for Education`: the index of the tail's last word, or `last` when none follows. */
function tailAt(tokens: readonly Token[], last: number, cap: (k: number, sentence: number) => boolean): number {
  const joiner = tokens[last + 1];
  if (!joiner || !ORG_PHRASES.joiners.has(joiner.text)) return last;
  const start = tokens[last + 2]?.lower === "the" ? last + 3 : last + 2;
  const sentence = joiner.sentence;
  if (!cap(start, sentence) || DATE_WORDS.has(tokens[start]?.text ?? "")) return last; // "… on Thursday"
  return runEnd(tokens, start, (k) => cap(k, sentence)) - 1;
}

/** A country word inside the name, else the known name right after `of [the]`, else a possessive before it. */
function countryOf(tokens: readonly Token[], cover: readonly Cover[], first: number, last: number): string | null {
  for (let k = first; k <= last; k++) {
    const c = cover[k]?.candidate;
    if (c?.country && (c.type === "GPE" || c.type === "NORP")) return c.country;
  }
  const after = tokens[last + 2]?.lower === "the" ? last + 3 : last + 2;
  if (ORG_PHRASES.joiners.has(tokens[last + 1]?.text ?? "") && cover[after]?.candidate.country) {
    return cover[after]?.candidate.country ?? null;
  }
  const before = /^['’]s$/.test(tokens[first - 1]?.text ?? "") ? first - 2 : first - 1;
  const owner = cover[before]?.candidate;
  return owner && owner.type !== "PERSON" && owner.type !== "TITLE" ? owner.country : null;
}
