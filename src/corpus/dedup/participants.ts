import { dropCoveredCountries, type EventSides } from "../../model/covered.js";
import { packed } from "../../model/packed.js";
import type { EventActor } from "../../model/records.js";
import { mergeParticipants } from "../../store/merge-participants.js";
import { participantKey } from "./reports.js";

const SPECIFICITY: Record<EventActor["kind"], number> = { person: 3, organization: 2, group: 1, country: 0 };

/** Whether a report's sides name `p`, or stand for it with its country. */
function supports(sides: EventSides, p: EventActor): boolean {
  const key = participantKey(p);
  for (const q of [...sides.actors, ...sides.recipients]) {
    if (participantKey(q) === key) return true;
    if (q.country === null || q.country !== p.country) continue;
    // the country stood for the person or body named elsewhere, or the person's country is the party
    if ((q.kind === "country") !== (p.kind === "country")) return true;
  }
  return false;
}

/**
 * The participants of an event from its reports (in canonical order, each with the weight of the
 * reports that give it, 1 by default), as most of them give them.
 *
 * A participant is kept when more than half of the reports support it (name it, or name the
 * country that stands for it), or exactly half and it is a named person, body or group: a country
 * only half the reports name is more often a place read as a party ("held talks with Indonesia in
 * Bali") than a side the others missed. A participant only one report has never survives others
 * that do without it. The report that names most kept participants and fewest others leads (ties to
 * the more specific, then to the sides most reports give, then the first given); the others fold in with the rule of merge-participants.ts
 * (a named actor replaces the country that stood for it, a missing host is filled), kept ones only.
 *
 * @example canonicalParticipants([{ actors: [biden, xi], recipients: [indonesia] }, { actors: [biden, xi], recipients: [] }])
 *   // { actors: [biden, xi], recipients: [] }
 */
export function canonicalParticipants(reports: EventSides[], weights?: number[]): EventSides {
  // one distinct report (copies of one story): its own sides, nothing to weigh
  if (reports.length === 1) {
    const only = reports[0] as EventSides;
    return dropCoveredCountries({ actors: only.actors, recipients: only.recipients });
  }
  const weight = (i: number) => weights?.[i] ?? 1;
  const n = reports.reduce((sum, _, i) => sum + weight(i), 0);
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const r of reports)
    for (const p of [...r.actors, ...r.recipients]) {
      const key = participantKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      const support = reports.reduce((sum, s, i) => sum + (supports(s, p) ? weight(i) : 0), 0);
      if (n === 1 || 2 * support > n || (2 * support === n && p.kind !== "country")) kept.add(key);
    }
  const keep = (side: EventActor[]) => side.filter((p) => kept.has(participantKey(p)));
  const orientation = (r: EventSides) => {
    const own = dropCoveredCountries({ actors: keep(r.actors), recipients: keep(r.recipients) });
    return `${packed(own.actors, participantKey).sort().join("+")}>${packed(own.recipients, participantKey).sort().join("+")}`;
  };
  const votes = new Map<string, number>();
  reports.forEach((r, i) => {
    votes.set(orientation(r), (votes.get(orientation(r)) ?? 0) + weight(i));
  });
  // what a report says: kept participants (a country its own named people cover says nothing more),
  // less twice those not kept, then how specific they are, then how many reports put the sides so
  const fit = (r: EventSides) => {
    const all = [...r.actors, ...r.recipients];
    const named = all.filter((p) => p.kind !== "country");
    const inside = all.filter(
      (p) => kept.has(participantKey(p)) && !(p.kind === "country" && named.some((q) => q.country === p.country)),
    );
    const outside = all.filter((p) => !kept.has(participantKey(p))).length;
    const specific = inside.reduce((n, p) => n + SPECIFICITY[p.kind], 0);
    return [inside.length - 2 * outside, specific, votes.get(orientation(r)) ?? 0];
  };
  let lead = reports[0] as EventSides;
  let best = fit(lead);
  for (const r of reports.slice(1)) {
    const f = fit(r);
    const k = f.findIndex((x, i) => x !== best[i]);
    if (k >= 0 && (f[k] as number) > (best[k] as number)) [lead, best] = [r, f];
  }
  let sides: EventSides = dropCoveredCountries({ actors: keep(lead.actors), recipients: keep(lead.recipients) });
  for (const r of reports) {
    if (r === lead) continue;
    sides = mergeParticipants(sides, { actors: keep(r.actors), recipients: keep(r.recipients) });
  }
  return sides;
}
