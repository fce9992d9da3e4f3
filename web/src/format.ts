/** Display helpers: dates, actors, events and numbers as the views print them. */
import type { EventRecord } from "./types.js";

type EventActor = EventRecord["actors"][number];
type Quad = EventRecord["quad"];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * A partial date at its own precision.
 *
 * @example formatDate("2023-06-18") === "Sun 18 Jun 2023"; formatDate("2023-06") === "Jun 2023"
 */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "undated";
  const [y, m, d] = date.split("-");
  if (!m) return date;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()] ?? "";
  return `${weekday} ${Number(d)} ${month} ${y}`;
}

/** `date` or `date – date_end`. */
export function formatRange(date: string | null, end: string | null): string {
  return end && end !== date ? `${formatDate(date)} – ${formatDate(end)}` : formatDate(date);
}

/** "Antony Blinken (Secretary of State)" */
export function actorLabel(a: EventActor): string {
  return a.role ? `${a.name} (${a.role})` : a.name;
}

/** The event in one line: "China → CONSULT → United States". */
export function eventTitle(e: EventRecord): string {
  const actors = e.actors.map((a) => a.name).join(", ") || "?";
  const recipients = e.recipients.map((a) => a.name).join(", ");
  return recipients ? `${actors} → ${e.event_type} → ${recipients}` : `${actors} · ${e.event_type}`;
}

/** Human names of the four quad classes, in chart order (cooperation up, conflict down). */
export const QUADS: { key: Quad; label: string }[] = [
  { key: "verbal_cooperation", label: "Verbal cooperation" },
  { key: "material_cooperation", label: "Material cooperation" },
  { key: "verbal_conflict", label: "Verbal conflict" },
  { key: "material_conflict", label: "Material conflict" },
];

/** Label of one quad class. */
export function quadLabel(q: Quad): string {
  return QUADS.find((x) => x.key === q)?.label ?? q;
}

/** A number with at most `digits` decimals and no trailing zeros. */
export function num(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}

/** "1 event", "3 events", "2 entries" (pass the plural when it is not the word plus "s"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? word : many}`;
}
