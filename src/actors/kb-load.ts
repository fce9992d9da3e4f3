import { readFileSync } from "node:fs";
import { getCountryDataList } from "countries-list";
import type { KbActor } from "./kb-types.js";

export const DATA_DIR = new URL("../../data/kb/", import.meta.url);

/** A data file of the built-in knowledge base, parsed. */
export function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DATA_DIR), "utf8")) as T;
}

interface CountryExtra {
  names?: string[];
  demonyms?: string[];
  metonyms?: string[];
  prefixes?: string[];
  capital?: string;
  lat?: number;
  lon?: number;
}

export interface CountryEntry {
  actor: KbActor;
  demonyms: string[];
  metonyms: string[];
  prefixes: string[];
  capital: string | null;
}

/** Every country of countries-list (MIT), with the short forms, demonyms and metonyms of data/kb/countries.json. */
export function loadCountries(): CountryEntry[] {
  const extras = readJson<Record<string, CountryExtra | string>>("countries.json");
  return getCountryDataList().map((c) => {
    const extra = (typeof extras[c.iso3] === "object" ? extras[c.iso3] : {}) as CountryExtra;
    const names = new Set([c.name, ...(c.alias ?? []), ...(extra.names ?? [])]);
    names.delete(c.name);
    return {
      actor: {
        id: c.iso3,
        name: c.name,
        kind: "country",
        entityType: "GPE",
        country: c.iso3,
        sector: "GOV",
        aliases: [...names],
        roles: [],
        lat: extra.lat ?? null,
        lon: extra.lon ?? null,
        source: "countries-list + data/kb/countries.json",
      },
      demonyms: extra.demonyms ?? [],
      metonyms: extra.metonyms ?? [],
      prefixes: extra.prefixes ?? [],
      capital: extra.capital ?? (c.capital || null),
    };
  });
}

interface OrgRow {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  sector: string;
}

export function loadOrganizations(): KbActor[] {
  return readJson<{ organizations: OrgRow[] }>("organizations.json").organizations.map((o) => ({
    id: `o:${o.id}`,
    name: o.name,
    kind: "organization",
    entityType: "ORG",
    country: o.country,
    sector: o.sector,
    aliases: o.aliases,
    roles: [],
    lat: null,
    lon: null,
    source: "data/kb/organizations.json",
  }));
}

interface PlaceRow {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  type: "GPE" | "FAC" | "LOC";
}

export function loadPlaces(): KbActor[] {
  return readJson<{ places: PlaceRow[] }>("places.json").places.map((p) => ({
    id: `g:${p.name.toLowerCase().replace(/\s+/g, "-")}`,
    name: p.name,
    kind: "place",
    entityType: p.type,
    country: p.country,
    sector: null,
    aliases: [],
    roles: [],
    lat: p.lat,
    lon: p.lon,
    source: "data/kb/places.json",
  }));
}
