/**
 * The features the cross-article dedup decision looks at, and partial-date helpers.
 * Independent of the store: annals fills them from coded events, the MEANTIME evaluation from gold mentions.
 * @example
 * const f: EventFeatures = { id: "e1", docId: "d1", type: "CONSULT", lemma: "meet",
 *   participants: ["USA", "CHN"], countries: ["USA", "CHN"], date: "2023-06", location: null, triggerWords: ["met"] };
 * precisionOf(f.date); // "month"
 */
export interface EventFeatures {
  id: string;
  docId: string;
  /** PLOVER type (annals) or a type family derived from the lemma (MEANTIME). */
  type: string;
  lemma: string;
  /** Normalised actor / entity keys. */
  participants: string[];
  /** Countries of the participants when known (fallback when a person is unresolved). */
  countries: string[];
  /** Partial ISO date: "2007", "2007-10" or "2007-10-15"; null when unknown. */
  date: string | null;
  location: string | null;
  triggerWords: string[];
}

export type DatePrecision = "year" | "month" | "day";

/** @example precisionOf("2007-10-15") // "day" */
export function precisionOf(date: string | null): DatePrecision | null {
  if (!date) return null;
  return date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year";
}

/** Precision rank, higher is finer. @example rank("day") // 3 */
export function rank(p: DatePrecision | null): number {
  return p === "day" ? 3 : p === "month" ? 2 : p === "year" ? 1 : 0;
}

/** Two partial dates can denote the same day when one is a prefix of the other. @example compatible("2007-10", "2007-10-15") // true */
export function compatible(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Both dates at day precision and different. @example dayConflict("2007-10-15", "2007-10-16") // true */
export function dayConflict(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.length >= 10 && b.length >= 10 && a.slice(0, 10) !== b.slice(0, 10);
}

/** Days since 1970 of the first day a partial date can denote. @example dayNumber("1970-01-02") // 1 */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  const d = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Inclusive day span [first, last] a partial date denotes. @example daySpan("2007-02") // [dayNumber("2007-02-01"), dayNumber("2007-02-28")] */
export function daySpan(date: string): [number, number] {
  const start = dayNumber(date);
  const p = precisionOf(date);
  if (p === "day") return [start, start];
  const y = Number(date.slice(0, 4));
  if (p === "year") return [start, Math.floor(Date.UTC(y + 1, 0, 1) / 86_400_000) - 1];
  const m = Number(date.slice(5, 7));
  return [start, Math.floor(Date.UTC(y, m, 1) / 86_400_000) - 1];
}
