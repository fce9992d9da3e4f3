import type { TimexMention } from "../../doc/layers.js";
import type { DateBasis, EventStatus } from "../../model/records.js";

export interface EventDate {
  date: string | null;
  date_end: string | null;
  date_basis: DateBasis;
}

const isDay = (d: string | null): d is string => d !== null && d.length === 10;

/**
 * "Earlier this week" ends at the publication day and "later this week" starts there: the days of
 * the period on the other side of it cannot hold the event. A range that shrinks to one day is that day.
 */
function clip(when: EventDate, text: string, publishedAt: string | null): EventDate {
  const day = publishedAt?.slice(0, 10) ?? null;
  if (!isDay(day) || !isDay(when.date) || !isDay(when.date_end)) return when;
  const side = /^(earlier|later)\s+this\b/i.exec(text)?.[1]?.toLowerCase();
  let { date: start, date_end: end } = when;
  if (side === "earlier" && day >= start && day < end) end = day;
  else if (side === "later" && day > start && day <= end) start = day;
  else return when;
  return { ...when, date: start, date_end: start === end ? null : end };
}

/**
 * The event's date from the time expression that governs its trigger; failing that, a reported
 * event takes the publication date (`publication`), and anything else stays unknown, as does a
 * `background` event (one told in passing, "after a visit to Taiwan by …"). A relative expression
 * in an undated article stays unknown: it is never resolved against today.
 */
export function eventDate(
  timex: TimexMention | null,
  status: EventStatus,
  publishedAt: string | null,
  background = false,
): EventDate {
  if (timex) {
    if (timex.value === null) return { date: null, date_end: null, date_basis: "unknown" };
    if (timex.range)
      return clip(
        {
          date: timex.range.start,
          date_end: timex.range.end,
          date_basis: timex.basis === "stated" ? "stated" : "relative",
        },
        timex.text,
        publishedAt,
      );
    const [start, end] = timex.value.split("/");
    return clip(
      {
        date: start ?? null,
        date_end: end ?? null,
        date_basis: timex.basis === "unknown" ? "unknown" : timex.basis,
      },
      timex.text,
      publishedAt,
    );
  }
  if (status === "reported" && publishedAt && !background)
    return { date: publishedAt.slice(0, 10), date_end: null, date_basis: "publication" };
  return { date: null, date_end: null, date_basis: "unknown" };
}
