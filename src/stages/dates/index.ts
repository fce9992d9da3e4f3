/**
 * The dates stage: time expressions in news text, normalised against the publication date.
 * `findTimexes` finds them; `timexForTrigger` picks the one that dates an event; `inTemporalAside`
 * tells a background event ("after a visit to Taiwan") that the publication day does not date.
 */

export { inTemporalAside } from "./asides.js";
export { findTimexes } from "./find.js";
export { timexForTrigger } from "./trigger.js";
export type {
  Anchor,
  Direction,
  FindOptions,
  PartialYmd,
  PeriodModifier,
  Precision,
  ShiftUnit,
  Span,
  Timex,
  TimexBasis,
} from "./types.js";
