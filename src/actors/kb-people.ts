import { existsSync, readdirSync } from "node:fs";
import { DATA_DIR, readJson } from "./kb-load.js";
import type { KbActor, KbRole } from "./kb-types.js";

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
