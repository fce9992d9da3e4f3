import type { MentionRow, SentenceRow } from "./store.js";

/** Text-offset helpers for building test bundles by hand. */

/** A surface form of an actor to look for in a text. */
export interface SurfaceForm {
  alias: string;
  actor: string;
  type: string;
}

/** Whole-word occurrences of every alias, longer aliases first so "Qin Gang" is not also "Qin". */
export function findMentions(text: string, surfaceForms: SurfaceForm[]): MentionRow[] {
  const forms = [...surfaceForms].sort((x, y) => y.alias.length - x.alias.length);
  const found: MentionRow[] = [];
  for (const { alias, actor, type } of forms) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      const whole = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "");
      if (!whole || found.some((m) => m.start < end && at < m.end)) continue;
      found.push({ start: at, end, text: alias, type, actor_id: actor, rule: "fixture" });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Sentences as runs ending in `.`, `!` or `?`, surrounding spaces trimmed. */
export function splitSentences(text: string): SentenceRow[] {
  return [...text.matchAll(/[^.!?]+[.!?]*/g)].map((m, index) => {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    return { index, start, end: m.index + m[0].trimEnd().length };
  });
}

/** The index of the sentence holding `offset` (0 when none does). */
export function sentenceOf(sentences: SentenceRow[], offset: number): number {
  return sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? 0;
}

/** Where `needle` sits in `text`; a fixture that cites absent text is a bug in the test. */
export function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length };
}
