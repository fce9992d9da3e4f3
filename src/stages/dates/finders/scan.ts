import { type Anchor, type Candidate, candidate } from "../types.js";

/** What a pattern row makes of one match; null rejects it. */
export type Build = (
  match: RegExpExecArray,
  text: string,
) => { anchor: Anchor; rule: string; explicit?: boolean; start?: number } | null;

/** A finder defined as data: a global regex and what a match means. */
export interface PatternRow {
  pattern: RegExp;
  build: Build;
  /**
   * A cheap test (not global) that every text holding a match passes, such as a word each match
   * contains: a text that fails it is not scanned. Worth it where the pattern is slow to rule out
   * (a case-insensitive alternation after `\b`, a lookbehind) and its words are rare in news.
   */
  cue?: RegExp;
}

/** Runs each row's regex once over the whole text; every match that builds becomes a candidate. */
export function scanRows(text: string, rows: readonly PatternRow[]): Candidate[] {
  const out: Candidate[] = [];
  // rows next to each other often share a cue: its answer is kept for the next row
  let lastCue: RegExp | undefined;
  let lastAnswer = true;
  for (const { pattern, build, cue } of rows) {
    if (cue && cue !== lastCue) {
      lastCue = cue;
      lastAnswer = cue.test(text);
    }
    if (cue && !lastAnswer) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const built = build(m, text);
      // `start` lets a row match context it does not keep (cheaper than a lookbehind)
      if (built)
        out.push(candidate(built.start ?? m.index, m.index + m[0].length, built.anchor, built.rule, built.explicit));
    }
  }
  return out;
}
