/**
 * PLOVER 2.0 sector codes: the societal sector an actor or recipient belongs to, beside its country.
 * The first eleven are the manual's frequently used codes, the rest its less frequent ones.
 */
export const SECTORS = {
  COP: "police and other law-enforcement or protective agencies",
  GOV: "government: executive, governing parties and coalition partners, ministries",
  JUD: "judiciary: judges and courts",
  LEG: "legislature: parliaments, assemblies, lawmakers",
  MIL: "state military personnel and equipment",
  PRM: "paramilitaries not opposed to the government",
  PTY: "political parties",
  REB: "rebels: armed opposition groups or individuals",
  SPY: "state intelligence services and their agents",
  UAF: "unidentified armed forces",
  UNK: "unidentified actors",
  AGR: "agricultural labour, peasants",
  BUS: "businesses and business people (multinationals excepted)",
  CRM: "criminals and criminal gangs",
  CVL: "civilians, protesters and activists without an organised affiliation",
  EDU: "schools, educators and students",
  ELI: "former officials out of office, exiles, and families of officials",
  JRN: "journalists and news media",
  LAB: "organised labour in services or industry",
  MED: "health workers and organisations",
  REF: "refugees and internally displaced people",
  OPP: "political opposition (usually a secondary code)",
  PRE: "partially recognised entities and breakaway regions (added to other codes)",
  REL: "religious organisations and institutions",
  SOC: "other civil-society organisations and movements",
} as const;

export type Sector = keyof typeof SECTORS;
export const SECTOR_CODES = Object.keys(SECTORS) as Sector[];

export function isSector(value: unknown): value is Sector {
  return typeof value === "string" && Object.hasOwn(SECTORS, value);
}

/**
 * International non-state entities. In PLOVER these stand in the *country* slot of an actor, not the
 * sector slot: an NGO is country `NGO`, the UN is `UNO`.
 */
export const NON_STATE_ENTITIES = {
  IGO: "intergovernmental organisation (other than the UN and the EU)",
  UNO: "United Nations",
  EUR: "European Union",
  NGO: "non-governmental organisation",
  ISM: "international social movement",
  IMG: "transnational militarised group",
  MNC: "multinational corporation",
} as const;

export type NonStateCode = keyof typeof NON_STATE_ENTITIES;

export function isNonStateCode(value: unknown): value is NonStateCode {
  return typeof value === "string" && Object.hasOwn(NON_STATE_ENTITIES, value);
}

/** Kosovo has no ISO 3166 code; the manual uses this one. */
export const KOSOVO_CODE = "KOS";
