import { countryOfChunk } from "../../../actors/import/cameo-actor.js";
import type { EventActor, EventRecord } from "../../../model/records.js";
import type { CodedTriple } from "./petrarch-score.js";

/**
 * TABARI country codes of the unit-test dictionary that ISO 3166-1 spells otherwise, so that a
 * built-in actor (`JPN`) and an imported one (`JAP`) meet at one country.
 */
// biome-ignore format: a table
const TABARI_COUNTRY: Record<string, string> = {
  JAP: "JPN", GER: "DEU", BUL: "BGR", UAR: "EGY", LEB: "LBN", KUW: "KWT", MOM: "OMN", ZAM: "ZMB",
  ZBW: "ZWE", LTH: "LTU", INS: "IDN", IVO: "CIV", NZE: "NZL",
};

/**
 * The country level of a CAMEO actor code: its first three letters, read as ISO-3 where they name a
 * real country (`ITHMIL` → ITH, `JAPGOV` → JPN, `IGOEEU` → IGO); null for no actor.
 *
 * @example countryLevel("CALGOV") // "CAL"
 */
export function countryLevel(code: string | null): string | null {
  if (!code || !/^[A-Z]{3}/.test(code)) return null;
  const chunk = code.slice(0, 3);
  return TABARI_COUNTRY[chunk] ?? countryOfChunk(chunk) ?? chunk;
}

const CODE_IN_TITLE = /(?:^|\()([A-Z]{3}(?:[A-Z]{3})*)\)?$/;

/**
 * The CAMEO code an event participant stands for: the code of an imported dictionary role (the
 * role title `ITHMIL` or `Military (ITHMIL)`) unless it names another country than the actor's
 * (a title such as `CEO`), else the actor's ISO-3 country (built-in actors), else null.
 */
export function participantCode(actor: EventActor): string | null {
  const fromRole = actor.role ? CODE_IN_TITLE.exec(actor.role)?.[1] : undefined;
  if (fromRole && (actor.country === null || countryLevel(fromRole) === actor.country)) return fromRole;
  return actor.country;
}

/** The 2-digit CAMEO root of an event code (`064` → `06`, `1031` → `10`). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/**
 * An event as CAMEO triples, one per (actor, recipient) pair as PETRARCH splits compound actors;
 * a side with nobody gives one triple with null there.
 */
export function eventTriples(event: EventRecord): CodedTriple[] {
  const sources = event.actors.length > 0 ? event.actors.map(participantCode) : [null];
  const targets = event.recipients.length > 0 ? event.recipients.map(participantCode) : [null];
  return sources.flatMap((source) =>
    targets.map((target) => ({ source, target, cameo: event.cameo, type: event.event_type })),
  );
}
