import type { TimexMention } from "../../doc/layers.js";
import type { DateBasis, EventStatus } from "../../model/records.js";

export interface EventDate {
  date: string | null;
  date_end: string | null;
  date_basis: DateBasis;
}

/**
 * The event's date from the time expression that governs its trigger; failing that, a reported
 * event takes the publication date (`publication`), and anything else stays unknown. A relative
 * expression in an undated article stays unknown: it is never resolved against today.
 */
export function eventDate(timex: TimexMention | null, status: EventStatus, publishedAt: string | null): EventDate {
  if (timex) {
    if (timex.value === null) return { date: null, date_end: null, date_basis: "unknown" };
    if (timex.range)
      return {
        date: timex.range.start,
        date_end: timex.range.end,
        date_basis: timex.basis === "stated" ? "stated" : "relative",
      };
    const [start, end] = timex.value.split("/");
    return {
      date: start ?? null,
      date_end: end ?? null,
      date_basis: timex.basis === "unknown" ? "unknown" : timex.basis,
    };
  }
  if (status === "reported" && publishedAt)
    return { date: publishedAt.slice(0, 10), date_end: null, date_basis: "publication" };
  return { date: null, date_end: null, date_basis: "unknown" };
}
