import { existsSync, readdirSync, readFileSync } from "node:fs";
import { getCountryDataList } from "countries-list";
import type { KbActor, KbRole } from "./kb-types.js";

const DATA_DIR = new URL("../../data/kb/", import.meta.url);

function readJson<T>(name: string): T {
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

interface PersonRow {
  id: string;
  name: string;
  country: string;
  aliases: string[];
  roles: KbRole[];
}

/** data/kb/people.json and every data/kb/people/*.json file, in name order. */
function peopleFiles(): string[] {
  const folder = new URL("people/", DATA_DIR);
  const extra = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => `people/${f}`)
    : [];
  return ["people.json", ...extra];
}

/**
 * Officials with dated roles. A person listed in several files (say, a foreign minister who later
 * became premier) is one actor whose roles are the union of the files' roles.
 */
export function loadPeople(): KbActor[] {
  const byId = new Map<string, PersonRow & { file: string }>();
  for (const file of peopleFiles()) {
    for (const row of readJson<{ people: PersonRow[] }>(file).people) {
      const seen = byId.get(row.id);
      if (!seen) byId.set(row.id, { ...row, file });
      else {
        const key = (r: KbRole) => `${r.title}|${r.start}`;
        const roles = new Map([...seen.roles, ...row.roles].map((r) => [key(r), r]));
        byId.set(row.id, {
          ...seen,
          aliases: [...new Set([...seen.aliases, ...row.aliases])],
          roles: [...roles.values()],
        });
      }
    }
  }
  return [...byId.values()].map((p) => ({
    id: `p:${p.id}`,
    name: p.name,
    kind: "person",
    entityType: "PERSON",
    country: p.country,
    sector: p.roles[0]?.sector ?? null,
    aliases: p.aliases,
    roles: p.roles,
    lat: null,
    lon: null,
    source: `data/kb/${p.file}`,
  }));
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
