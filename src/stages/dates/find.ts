/**
 * `findTimexes`: finders propose candidates, refiners filter, merge and orient them, then each
 * anchor is resolved against the publication day. The order of both lists is the design:
 * - finders: ours before chrono's, so at equal length our reading (with its anchor) wins;
 * - refiners: filter before overlap removal (a rejected "May" must not hide "May 2010"), ranges
 *   before modifiers and tense (a range is oriented as a whole).
 */

import { packed } from "../../model/packed.js";
import { parseIsoDay } from "./calendar.js";
import { findChronoDates } from "./finders/chrono.js";
import { findDayPairs } from "./finders/day-pairs.js";
import { findMonthsInYear } from "./finders/month-in-year.js";
import { findPresentRefs } from "./finders/present.js";
import { findQuarters } from "./finders/quarters.js";
import { findRelativeDates } from "./finders/relative.js";
import { findSeasons } from "./finders/seasons.js";
import { findYears } from "./finders/years.js";
import { attachDayParts } from "./refiners/day-parts.js";
import { filterUnlikely } from "./refiners/filters.js";
import { attachModifiers } from "./refiners/modifiers.js";
import { removeOverlaps } from "./refiners/overlaps.js";
import { mergeRanges } from "./refiners/ranges.js";
import { assignTense } from "./refiners/tense.js";
import { resolveAnchor } from "./resolve.js";
import { splitSentences } from "./sentences.js";
import type { DateContext, Finder, FindOptions, Refiner, Timex } from "./types.js";

const FINDERS: readonly Finder[] = [
  findMonthsInYear,
  findDayPairs,
  findRelativeDates,
  findPresentRefs,
  findSeasons,
  findQuarters,
  findYears,
  findChronoDates,
];

const REFINERS: readonly Refiner[] = [
  filterUnlikely,
  removeOverlaps,
  mergeRanges,
  attachModifiers,
  attachDayParts,
  assignTense,
];

/**
 * Finds and normalises the dates of one article.
 * @example findTimexes("Wang will visit Washington on Monday.", { publishedAt: "2023-01-01" })
 * // → [{ text: "Monday", value: "2023-01-02", basis: "relative", precision: "day", rule: "dates.weekday.future-verb", … }]
 */
export function findTimexes(text: string, opts: FindOptions): Timex[] {
  const ctx: DateContext = { text, sentences: opts.sentences ?? splitSentences(text) };
  let candidates = FINDERS.flatMap((find) => find(ctx));
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  const ref = parseIsoDay(opts.publishedAt);
  return packed(candidates, (c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    ...resolveAnchor(c.anchor, ref),
    anchor: c.anchor,
    rule: c.rule,
  }));
}
