import { compatible, dayConflict, type EventFeatures, precisionOf } from "./features.js";

/**
 * Weights of the pairwise decision. The threshold (3) means a shared type family and lemma (2.5)
 * are not enough alone: one corroborating piece — a shared participant, the same day — is needed.
 * Tuned once on MEANTIME as a whole (general rules, no per-document settings).
 */
export const WEIGHTS = {
  sameType: 1,
  sameLemma: 1.5,
  sharedTrigger: 0.5,
  sharedParticipant: 1,
  maxParticipants: 2,
  sharedCountry: 0.5,
  disjointParticipants: -1.5,
  sameDay: 1,
  compatibleDate: 0.25,
  sameLocation: 0.5,
  otherLocation: -1,
  threshold: 3,
};

export interface Decision {
  same: boolean;
  score: number;
  reasons: string[];
}

function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let n = 0;
  for (const x of new Set(b)) if (set.has(x)) n++;
  return n;
}

/**
 * Whether two event reports denote the same real-world event. Vetoes: different type family,
 * dates that cannot denote the same day (conflicting day-precision dates, or disjoint partial dates).
 * @example
 * decideSame(
 *   { id: "a", docId: "d1", type: "CONSULT", lemma: "meet", participants: ["USA", "CHN"], countries: [], date: "2023-06-18", location: null, triggerWords: ["met"] },
 *   { id: "b", docId: "d2", type: "CONSULT", lemma: "talk", participants: ["USA", "CHN"], countries: [], date: "2023-06", location: null, triggerWords: ["talks"] },
 * ).same // true
 */
export function decideSame(a: EventFeatures, b: EventFeatures): Decision {
  const reasons: string[] = [];
  if (a.type !== b.type) return { same: false, score: -Infinity, reasons: ["type family differs"] };
  if (dayConflict(a.date, b.date)) return { same: false, score: -Infinity, reasons: ["day-precision dates conflict"] };
  if (a.date && b.date && !compatible(a.date, b.date))
    return { same: false, score: -Infinity, reasons: ["partial dates disjoint"] };
  let score = WEIGHTS.sameType;
  reasons.push("same type family");
  if (a.lemma === b.lemma) {
    score += WEIGHTS.sameLemma;
    reasons.push("same lemma");
  } else if (overlap(a.triggerWords, b.triggerWords) > 0) {
    score += WEIGHTS.sharedTrigger;
    reasons.push("shared trigger word");
  }
  const shared = overlap(a.participants, b.participants);
  if (shared > 0) {
    score += WEIGHTS.sharedParticipant * Math.min(shared, WEIGHTS.maxParticipants);
    reasons.push(`${shared} shared participant(s)`);
  } else if (overlap(a.countries, b.countries) > 0) {
    score += WEIGHTS.sharedCountry;
    reasons.push("shared country");
  } else if (a.participants.length > 0 && b.participants.length > 0) {
    score += WEIGHTS.disjointParticipants;
    reasons.push("disjoint participants");
  }
  if (a.date && b.date) {
    const exact = precisionOf(a.date) === "day" && a.date === b.date;
    score += exact ? WEIGHTS.sameDay : WEIGHTS.compatibleDate;
    reasons.push(exact ? "same day" : "compatible dates");
  }
  if (a.location && b.location) {
    score += a.location === b.location ? WEIGHTS.sameLocation : WEIGHTS.otherLocation;
    reasons.push(a.location === b.location ? "same location" : "different location");
  }
  return { same: score >= WEIGHTS.threshold, score, reasons };
}
