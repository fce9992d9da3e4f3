/**
 * The vocabulary of the dates stage: what finders propose (candidates with an anchor) and what
 * `findTimexes` returns (timexes with a value resolved against the publication date).
 */

export type Precision = "day" | "month" | "year";
export type Direction = "past" | "future";
export type TimexBasis = "stated" | "relative" | "unknown";

/** A calendar date known to some precision: `{year: 2023}`, `{year: 2023, month: 10}`, … */
export interface PartialYmd {
  year: number;
  month?: number;
  day?: number;
}

/** "early July", "the end of February": kept for consumers, the value stays the whole period. */
export type PeriodModifier = "early" | "mid" | "late" | "start" | "end";

/**
 * What an expression means before the publication date is known, so it can be resolved later.
 * `absolute` needs no reference; every other kind does.
 */
export type Anchor =
  /** "September 30, 2021", "in 2018", "the 1990s"; `to` makes a range */
  | { kind: "absolute"; from: PartialYmd; to?: PartialYmd; mod?: PeriodModifier }
  /** "Dec. 21", "in June", "June 18-19", "last June" (`strict`: never the publication month itself) */
  | {
      kind: "month";
      month: number;
      day?: number;
      endMonth?: number;
      endDay?: number;
      direction: Direction;
      strict?: boolean;
      mod?: PeriodModifier;
    }
  /** "on Sunday", "Thursday and Friday", "last Tuesday" (`strict`: never the publication day itself) */
  | { kind: "weekday"; weekday: number; endWeekday?: number; direction: Direction; strict?: boolean }
  /**
   * "yesterday" (day -1), "last year" (year -1), "this month", "two years ago", "last quarter";
   * with unit year, `month` (and `endMonth`) pin "last year in October", "the third quarter of this year".
   */
  | { kind: "shift"; unit: ShiftUnit; amount: number; month?: number; endMonth?: number; mod?: PeriodModifier }
  /** "now", "currently" */
  | { kind: "present" };

export type ShiftUnit = "day" | "week" | "month" | "quarter" | "year";

/** What a finder proposes: a span of the text and its meaning. */
export interface Candidate {
  start: number;
  end: number;
  anchor: Anchor;
  rule: string;
  /** Set when the text itself fixes past or future ("next Tuesday"): the tense refiner leaves it alone. */
  explicit?: boolean;
}

/**
 * A candidate with every field present, in one order, whichever finder proposes it: one hidden class
 * for the refiners' loops (docs/performance.md).
 */
export function candidate(start: number, end: number, anchor: Anchor, rule: string, explicit?: boolean): Candidate {
  return { start, end, anchor, rule, explicit };
}

/**
 * One time expression: `text === source.slice(start, end)`.
 * @example findTimexes("Blinken met Wang on Sunday.", { publishedAt: "2023-01-02" })
 * // → [{ start: 20, end: 26, text: "Sunday", value: "2023-01-01", basis: "relative", precision: "day", … }]
 */
export interface Timex {
  start: number;
  end: number;
  text: string;
  /** `2023-01-01`, `2023-11`, `2018`, a range `2023-10-26/2023-10-27`, or null when it cannot be known */
  value: string | null;
  /** stated: absolute in the text; relative: resolved against the publication date; unknown: undated article */
  basis: TimexBasis;
  precision: Precision | null;
  range: { start: string; end: string } | null;
  /** What the expression means independently of the publication date (see `Anchor`). */
  anchor?: Anchor;
  /** Id of the finder or refiner that gave the value, e.g. `dates.weekday.news-past`. */
  rule: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface FindOptions {
  /** `YYYY-MM-DD` (a longer ISO timestamp is cut to its date), or null when the article is undated. */
  publishedAt: string | null;
  /** Sentence bounds, when a sentence stage has already found them. */
  sentences?: Span[];
}

/** Everything a finder or refiner may look at; it never changes. */
export interface DateContext {
  text: string;
  sentences: readonly Span[];
}

export type Finder = (ctx: DateContext) => Candidate[];
export type Refiner = (ctx: DateContext, candidates: Candidate[]) => Candidate[];
