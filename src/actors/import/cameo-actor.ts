import { getCountryDataList } from "countries-list";
import { KOSOVO_CODE } from "../../ontology/sectors.js";

/**
 * CAMEO actor codes (`EGYGOVMIL`, `IGOUNOREFHCR`) read as PLOVER's country and sector slots. A code
 * is three-letter chunks: the first names a country, an international kind (`IGO`, `NGO`, `MNC`…) or
 * a region; the rest are roles, religions or organisations.
 *
 * The sector is the LAST role of the strongest tier present, because CAMEO writes the more specific
 * role after the general one: primary roles first (CAMEO's COP GOV INS JUD MIL OPP PTY REB SEP SPY
 * UAF, plus LEG and ELI, which PLOVER also treats as sectors of their own), then secondary roles
 * (BUS, MED, HLH…), then religions. So `EGYGOVMIL` (a defence minister) is MIL, `EGYGOVLEG` LEG,
 * `USAGOVHLH` (a health department) GOV, `SYRREBMUS` (Islamist rebels) REB, `USAMED` JRN.
 */

// biome-ignore format: a table
const PRIMARY: Record<string, string> = {
  COP: "COP", GOV: "GOV", INS: "REB", JUD: "JUD", MIL: "MIL", OPP: "OPP", PTY: "PTY", REB: "REB",
  SEP: "REB", SPY: "SPY", UAF: "UAF", LEG: "LEG", ELI: "ELI",
};

/** Secondary roles; `MOD` and `RAD` (moderate, radical) only qualify and map to nothing. */
// biome-ignore format: a table
const SECONDARY: Record<string, string> = {
  AGR: "AGR", BUS: "BUS", CRM: "CRM", CVL: "CVL", DEV: "SOC", EDU: "EDU", ENV: "SOC", HLH: "MED",
  HRI: "SOC", LAB: "LAB", MED: "JRN", REF: "REF",
};

/** CAMEO religion codes: sector REL when nothing else says more. */
// biome-ignore format: a table
const RELIGION = new Set([
  "REL", "CHR", "CTH", "PRO", "DOX", "CPT", "MOS", "MUS", "SHI", "SUN", "SFI", "DRZ", "ALE", "JEW", "HSD",
  "UDX", "HIN", "BUD", "SIK", "JAN", "BAH", "ITR", "TAO", "CON", "ZRO", "JHW", "LDS", "ADR",
]);

/** First chunks naming international entities: PLOVER puts them in the country slot. */
const NON_STATE: Record<string, string | null> = {
  IGO: "IGO",
  NGO: "NGO",
  NGM: "ISM",
  IMG: "IMG",
  MNC: "MNC",
  UIS: null,
};

/** Old CAMEO and TABARI country codes that differ from ISO 3166-1 (historical states keep ISO 3166-3 codes). */
// biome-ignore format: a table
const COUNTRY_ALIAS: Record<string, string> = {
  TMP: "TLS", ROM: "ROU", ZAR: "COD", KSV: KOSOVO_CODE, KOS: KOSOVO_CODE, USR: "SUN", FRY: "YUG",
  SUN: "SUN", DDR: "DDR", YUG: "YUG", SCG: "SCG", CSK: "CSK",
};

const ISO3 = new Set(getCountryDataList().map((c) => c.iso3));

/** Readable names of sectors and non-state kinds, for role titles. */
// biome-ignore format: a table
const LABEL: Record<string, string> = {
  GOV: "Government", MIL: "Military", ELI: "Elite", LEG: "Legislature", JUD: "Judiciary",
  OPP: "Opposition", REB: "Rebel", COP: "Police", SPY: "Intelligence", UAF: "Armed group",
  PTY: "Party", AGR: "Agriculture", BUS: "Business", CRM: "Criminal", CVL: "Civilian",
  EDU: "Education", JRN: "Media", MED: "Health", LAB: "Labour", REF: "Refugee", REL: "Religion",
  SOC: "Civil society", UNO: "United Nations", EUR: "European Union", IGO: "Intergovernmental organisation",
  NGO: "Non-governmental organisation", ISM: "Social movement", IMG: "Militarised group", MNC: "Multinational corporation",
};

function chunks(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

/** The ISO-3 country a three-letter chunk names, or null (`EGY` → EGY, `TMP` → TLS, `MEA` → null). */
export function countryOfChunk(chunk: string): string | null {
  return COUNTRY_ALIAS[chunk] ?? (ISO3.has(chunk) ? chunk : null);
}

/**
 * The country slot of a CAMEO actor code: the first chunk's country; for `IGO` the UN (`UNO`) or
 * the EU (`EUR`, CAMEO's `IGOEUREEC`) when named, else `IGO`. Regions (`MEA`, `AFR`) and role-only
 * codes (`ELI`) give null.
 *
 * @example cameoCountry("EGYGOVMIL") // "EGY"
 * @example cameoCountry("GBRSHN") // "SHN"
 * @example cameoCountry("IGOUNOREFHCR") // "UNO"
 */
export function cameoCountry(code: string): string | null {
  const [first = "", ...rest] = chunks(code);
  if (first === "IGO") return rest.includes("UNO") ? "UNO" : rest.includes("EEC") ? "EUR" : "IGO";
  if (first in NON_STATE) return NON_STATE[first] ?? null;
  return countryChunks(code).at(-1) ?? null;
}

/**
 * The leading chunks that name countries: a territory or a part follows its state (`GBRSHN` Saint
 * Helena, `SDNSSD` South Sudan before 2011, `USRARM` Soviet Armenia). After the first chunk only
 * ISO codes count, so `IRQSUN` stays Iraq (SUN there is Sunni, not the USSR).
 */
function countryChunks(code: string): string[] {
  const [first = "", ...rest] = chunks(code);
  const head = countryOfChunk(first);
  if (!head) return [];
  const out = [head];
  for (const c of rest) {
    if (!ISO3.has(c)) break;
    out.push(c);
  }
  return out;
}

/**
 * The PLOVER sector of a CAMEO actor code (see the module comment for the tiers).
 *
 * @example cameoSector("EGYGOVMIL") // "MIL"
 * @example cameoSector("SYRREBMUS") // "REB"
 * @example cameoSector("AFG") // null
 */
export function cameoSector(code: string): string | null {
  const parts = chunks(code);
  // The first chunk is a country or kind (`SUN` there is the USSR, not Sunni) unless it is neither (`ELI`, `HINRAD`).
  const first = parts[0] ?? "";
  const roles = countryOfChunk(first) !== null || first in NON_STATE ? parts.slice(1) : parts;
  const last = (table: Record<string, string>) => [...roles].reverse().find((p) => p in table);
  const primary = last(PRIMARY);
  if (primary) return PRIMARY[primary] ?? null;
  const secondary = last(SECONDARY);
  if (secondary) return SECONDARY[secondary] ?? null;
  return roles.some((p) => RELIGION.has(p)) ? "REL" : null;
}

/**
 * A readable role title for a code: the sector's name (or the non-state kind's) and the code.
 *
 * @example roleTitle("EGYGOVMIL") // "Military (EGYGOVMIL)"
 * @example roleTitle("IGOUNO") // "United Nations (IGOUNO)"
 */
export function roleTitle(code: string): string {
  const label = LABEL[cameoSector(code) ?? ""] ?? LABEL[cameoCountry(code) ?? ""];
  return label ? `${label} (${code})` : code;
}

/** True for a code that names only a country or territory (`AFG`, `TMP`, `GBRSHN`): the entry names that place. */
export function isCountryOnly(code: string): boolean {
  return code.length > 0 && countryChunks(code).length * 3 === code.length;
}
