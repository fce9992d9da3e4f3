import { isCountryOnly } from "./cameo-actor.js";
import { NULL_CODE } from "./codes.js";
import { nameWords } from "./readable.js";
import type { ActorEntry } from "./types.js";

/**
 * Words that make a name an organisation, a group or a place rather than a person
 * (`AFGHAN_NATIONAL_SECURITY_FORCES`, `THE_ISLAMIC_STATE`, `GAZA_CITY`).
 */
// biome-ignore format: a word list
const ORGANIZATION_WORDS = new Set([
  "ARMY", "ARMIES", "FORCE", "FORCES", "TROOPS", "SOLDIERS", "GUNMEN", "POLICE", "GUARD", "GUARDS", "BRIGADE",
  "BRIGADES", "BATTALION", "MILITIA", "MILITIAS", "COMMAND", "CORPS", "DIVISION", "UNIT", "CELL", "CELLS",
  "FACTION", "WING", "PARTY", "MINISTRY", "MINISTRIES", "DEPARTMENT", "OFFICE", "BUREAU", "AGENCY",
  "COUNCIL", "COMMITTEE", "COMMISSION", "ASSEMBLY", "PARLIAMENT", "CONGRESS", "SENATE", "COURT",
  "TRIBUNAL", "GOVERNMENT", "CABINET", "ADMINISTRATION", "REGIME", "ORGANIZATION", "ORGANISATION",
  "ASSOCIATION", "UNION", "FEDERATION", "LEAGUE", "ALLIANCE", "COALITION", "FRONT", "MOVEMENT", "GROUP",
  "GROUPS", "NETWORK", "SOCIETY", "FOUNDATION", "FUND", "INSTITUTE", "INSTITUTION", "UNIVERSITY",
  "COLLEGE", "SCHOOL", "CENTER", "CENTRE", "BANK", "COMPANY", "CORPORATION", "CORP", "CORP.", "INC",
  "INC.", "LTD", "LTD.", "LIMITED", "PLC", "HOLDINGS", "INDUSTRIES", "AIRLINES", "AIRWAYS", "NEWS",
  "TIMES", "PRESS", "TELEVISION", "RADIO", "CONFERENCE", "CHAMBER", "BOARD", "AUTHORITY", "SERVICE",
  "SERVICES", "REPUBLIC", "KINGDOM", "STATE", "STATES", "NATIONS", "EMIRATE", "CALIPHATE", "CITY",
  "PROVINCE", "REGION", "ISLANDS", "TRUST", "PROGRAM", "PROGRAMME", "MISSION", "STAFF",
]);

/** Offices: a name made of them and no person's name is a post (`AMERICAN_VICE_PRESIDENT`), not an actor. */
// biome-ignore format: a word list
const OFFICE_WORDS = new Set([
  "PRESIDENT", "VICE-PRESIDENT", "MINISTER", "PREMIER", "CHANCELLOR", "SECRETARY", "SECRETARY-GENERAL",
  "SECY", "AMBASSADOR", "CHAIRMAN", "CHAIRWOMAN", "SPEAKER", "GOVERNOR", "KING", "QUEEN", "EMPEROR",
  "LEADER", "CHIEF", "COMMANDER", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "MAYOR", "ATTORNEY", "ADVISOR",
  "ADVISER", "DIRECTOR", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN", "SENATOR", "POTUS",
]);

/** Words that stand before a name with the offices (`FORMER_PRESIDENT_…`, `UN_SECRETARY-GENERAL_…`). */
// biome-ignore format: a word list
const TITLE_WORDS = new Set([
  ...OFFICE_WORDS, "VICE", "PRIME", "GENERAL", "GEN", "GEN.", "SEC.", "MR.", "MRS.", "MS.", "DR.", "MR", "DR",
  "SEN.", "REP.", "COLONEL", "COL.", "LT.", "MAJOR", "CAPTAIN", "ADMIRAL", "FOREIGN", "DEFENSE", "DEFENCE",
  "UN", "U.N.", "UNITED", "NATIONS", "US", "U.S.", "FORMER",
]);

const upper = (words: string[]) => words.map((w) => w.toUpperCase());

/**
 * A person's name words without the titles around them, or [] when the name is not a person's:
 * `PRESIDENT_GEORGE_W._BUSH` → George W. Bush; `SOVIET_LEADER_LEONID_BREZHNEV` → Leonid Brezhnev
 * (an office followed by two words or more); `MARTIN_LUTHER_KING_JR.` stays whole; `UN_SECRETARY_GENERAL`
 * and `AMERICAN_VICE_PRESIDENT` give [].
 */
export function personWords(raw: string): string[] {
  let words = nameWords(raw);
  let i = 0;
  while (i < words.length && TITLE_WORDS.has((words[i] ?? "").toUpperCase())) i++;
  words = words.slice(i);
  const caps = upper(words);
  const lastOffice = caps.reduce((at, w, j) => (OFFICE_WORDS.has(w) ? j : at), -1);
  if (lastOffice >= 0 && words.length - lastOffice - 1 >= 2) words = words.slice(lastOffice + 1);
  if (upper(words).some((w) => OFFICE_WORDS.has(w) || ORGANIZATION_WORDS.has(w) || w === "OF")) return [];
  return words;
}

/** True when a name holds an office word: `CHAIRMAN_OF_THE_FEDERATION_COUNCIL`, `US_PRESIDENT`. */
export function namesOffice(raw: string): boolean {
  return upper(nameWords(raw)).some((w) => OFFICE_WORDS.has(w));
}

export type EntryKind = "person" | "organization" | "country" | "office";

/**
 * What an entry names, or null when it names no actor (only the null code `---`):
 *
 * - `country`: every code names a country or territory (`AFGHANISTAN_ [AFG]`, `SAINT_HELENA_ [GBRSHN]`);
 * - `organization`: an organisation word in the name (`AFGHAN_NATIONAL_SECURITY_FORCES`);
 * - `person`: a person's name (see `personWords`) with a sign of a person: a date-restricted or elite
 *   (`ELI`) code, as the CountryInfo-derived leaders have; a surname variant (`EDWARD_SNOWDEN_`
 *   with `+SNOWDEN_`); or a title before the name (`PRESIDENT_GEORGE_W._BUSH`);
 * - `office`: a post with no name (`UN_SECRETARY_GENERAL`): left to the title lexicon, since as an
 *   actor `US President` would swallow the title of `US President Joe Biden`;
 * - `organization` otherwise: an undated code alone does not show a person (`WEST_GERMAN [GMWGOV]`).
 *
 * @example entryKind({ name: "HAMID_KARZAI_", variants: [], codes: [{ code: "AFGGOV", start: "2001-12-22", … }] }) // "person"
 */
export function entryKind(entry: Pick<ActorEntry, "name" | "variants" | "codes">): EntryKind | null {
  const live = entry.codes.filter((c) => c.code !== NULL_CODE);
  if (live.length === 0) return null;
  if (live.every((c) => isCountryOnly(c.code))) return "country";
  const words = upper(nameWords(entry.name));
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return "organization";
  const personal = personWords(entry.name);
  if (personal.length > 0) {
    const surname = personal[personal.length - 1]?.toUpperCase();
    const titled = personal.length < words.length;
    const surnamed = personal.length > 1 && entry.variants.some((v) => upper(nameWords(v)).join(" ") === surname);
    const dated = live.some((c) => c.start !== null || c.end !== null || c.sector === "ELI");
    if (titled || surnamed || dated) return "person";
  }
  return namesOffice(entry.name) ? "office" : "organization";
}
