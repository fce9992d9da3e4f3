/**
 * Is the event a date belongs to past or future? The nearest tense cue before the date in its
 * clause decides ("said on Sunday" → past; "is expected to arrive on Monday" → future); when the
 * date opens the clause, the first cue after it ("On Monday, Blinken will travel…"). No cue: past,
 * as news mostly reports what happened. A scheduling verb in the present ("the summit opens on
 * Monday", "Wang visits Moscow on Friday") is read as future, as news uses it for timetables.
 */

import { packed } from "../../model/packed.js";
import type { Direction, Span } from "./types.js";

const FUTURE = new Set(
  `will shall would won't must should might upcoming next coming later ahead expected scheduled slated planned
   planning plans intends aims tomorrow due deadline until
   begins starts opens resumes arrives travels visits hosts convenes`.split(/\s+/),
);

/** "… to" after these is a plan: "due to visit", "set to meet", "agreed to hold". */
const BEFORE_TO = new Set(
  `expected due scheduled slated set poised going planning plans plan planned intends intend aims aim preparing prepares
   supposed hopes hope wants want is are am ready likely expects expect looking`.split(/\s+/),
);

/** A participle after these is passive, not past: "will be held", "is due to be published". */
const PASSIVE = new Set(["be", "been", "being"]);

const PAST = new Set(
  `said told met held was were had did went came took gave made sent left began saw won lost fell rose spoke wrote broke
   flew led paid sought brought thought fought struck became ran got hit shot sold bought kept felt heard meant stood
   yesterday ago earlier last`.split(/\s+/),
);

/** Past-tense "-ed" words that are really plans ("expected"): the FUTURE set is checked first. */
function cueOf(tokens: readonly string[], i: number): Direction | null {
  const raw = tokens[i] ?? "";
  const word = raw.toLowerCase();
  if (FUTURE.has(word) || word.endsWith("'ll") || raw === "may") return "future"; // not the month "May"
  // "due to visit", and any "to be held": an infinitive not yet done
  if (word === "to" && (BEFORE_TO.has((tokens[i - 1] ?? "").toLowerCase()) || tokens[i + 1]?.toLowerCase() === "be")) {
    return "future";
  }
  const participle = PAST.has(word) || (word.length > 4 && word.endsWith("ed"));
  if (participle && !PASSIVE.has((tokens[i - 1] ?? "").toLowerCase())) return "past";
  return null;
}

const WORD = /[A-Za-z'’]+/g;

function tokens(text: string): string[] {
  return packed(text.match(WORD) ?? [], (w) => w.replace(/’/g, "'"));
}

const MAX_AFTER = 8;
/** Cues sit near their date: looking further back costs time and finds other verbs. */
const WINDOW = 200;

/** The direction the clause gives the date at `span`, or null when it says nothing. */
export function tenseAround(text: string, clause: Span, span: Span): Direction | null {
  const before = tokens(text.slice(Math.max(clause.start, span.start - WINDOW), span.start));
  for (let i = before.length - 1; i >= 0; i--) {
    const cue = cueOf(before, i);
    if (cue) return cue;
  }
  const after = tokens(text.slice(span.end, Math.min(clause.end, span.end + WINDOW)));
  for (let i = 0; i < Math.min(after.length, MAX_AFTER); i++) {
    if (after[i]?.toLowerCase() === "that") break;
    const cue = cueOf(after, i);
    if (cue) return cue;
  }
  return null;
}
