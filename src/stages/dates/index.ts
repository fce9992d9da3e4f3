/**
 * The dates stage: time expressions in news text, normalised against the publication date.
 * `findTimexes` finds them; `timexForTrigger` picks the one that dates an event.
 */

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
