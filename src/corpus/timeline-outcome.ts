import type { DraftEntry, Side } from "./timeline-fold.js";

const isKind = (e: DraftEntry, type: string) => e.kind === `${type}|reported`;

/** Whether each of the agreement's sides took part in the meeting, in person or as the country of one who did. */
function atTheMeeting(agreement: DraftEntry, meeting: DraftEntry): boolean {
  const present = [...meeting.sides.entries()];
  const took = ([id, side]: [string, Side]) =>
    meeting.sides.has(id) || (side.kind === "country" && present.some(([, m]) => m.country === id));
  const countries = new Set([...agreement.sides.entries()].map(([id, s]) => (s.kind === "country" ? id : s.country)));
  return countries.size >= 2 && [...agreement.sides.entries()].every(took);
}

/**
 * Folds an agreement into the meeting it came out of: the same day and the same sides (a country
 * standing for its people there). A reader reads one line, "Biden and Xi held talks in Woodside and
 * agreed to cooperate", not the talks and their outcome as two events of that day. Of several meetings
 * that fit, the best-supported takes it. The meeting's line keeps its date; it cites the
 * agreement's events and documents too.
 *
 * @example foldOutcomes([talksOnSunday, agreedOnSunday]) // one entry: "… held talks and agreed to cooperate"
 */
export function foldOutcomes(entries: DraftEntry[]): DraftEntry[] {
  const gone = new Set<DraftEntry>();
  const phrase = new Map<DraftEntry, string>();
  for (const agreement of entries.filter((e) => isKind(e, "AGREE"))) {
    const meeting = entries
      .filter(
        (m) =>
          isKind(m, "CONSULT") &&
          !gone.has(m) &&
          m.date === agreement.date &&
          m.date_end === agreement.date_end &&
          atTheMeeting(agreement, m),
      )
      .sort((a, b) => b.weight - a.weight)[0];
    if (!meeting) continue;
    for (const id of agreement.event_ids) if (!meeting.event_ids.includes(id)) meeting.event_ids.push(id);
    for (const id of agreement.doc_ids) if (!meeting.doc_ids.includes(id)) meeting.doc_ids.push(id);
    meeting.weight += agreement.weight;
    // "agreed to meet again" (an agreed future meeting), "agreed to cooperate" (both sides), "made a
    // commitment" (one side's pledge to the other)
    const toMeet = / agreed to meet\b/.test(agreement.summary);
    const oneSided = [...agreement.sides.values()].some((s) => s.recipient);
    const outcome = toMeet ? "agreed to meet again" : oneSided ? "made a commitment" : "agreed to cooperate";
    if (!phrase.has(meeting) || toMeet) phrase.set(meeting, outcome);
    gone.add(agreement);
  }
  for (const [meeting, outcome] of phrase) meeting.summary = `${meeting.summary} and ${outcome}`;
  return entries.filter((e) => !gone.has(e));
}
