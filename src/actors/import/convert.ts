import type { KbActorEntry } from "../../store/kb-store.js";
import { normalizeName, slugify } from "../names.js";
import { deriveSurnames } from "./aliases.js";
import { type EntryKind, entryKind, namesOffice, personWords } from "./classify.js";
import { NULL_CODE } from "./codes.js";
import { readableName, splitAcronym } from "./readable.js";
import { primaryCode, roleOf, sortRoles } from "./roles.js";
import type { ActorEntry } from "./types.js";

export interface ConversionStats {
  /** Actors made (entries of one name and country merged). */
  actors: number;
  /** `+` spelling variants of the converted entries. */
  variants: number;
  /** Roles with a start or an end date. */
  datedRoles: number;
  /** Entries that name no actor: only the null code `---`, or an office with no name (`US_PRESIDENT`). */
  left: number;
}

type ActorKind = Exclude<EntryKind, "office">;

/**
 * The prose forms of a dictionary name for an actor of this kind: persons lose their titles; an
 * organisation's variant that names an office (`CHAIRMAN_OF_THE_FEDERATION_COUNCIL`) is dropped.
 */
function formsOf(raw: string, kind: ActorKind, variant: boolean): string[] {
  if (kind === "person") {
    const words = personWords(raw);
    return words.length > 0 ? [readableName(words.join("_"))] : [];
  }
  if (variant && kind === "organization" && namesOffice(raw)) return [];
  return splitAcronym(readableName(raw, { organization: true })).filter(Boolean);
}

function toActor(entry: ActorEntry, kind: ActorKind): KbActorEntry | null {
  const live = entry.codes.filter((c) => c.code !== NULL_CODE);
  const [name, ...extra] = formsOf(entry.name, kind, false);
  if (!name) return null;
  const aliases = [...extra, ...entry.variants.flatMap((v) => formsOf(v, kind, true))];
  const primary = primaryCode(live);
  const country = primary?.country ?? live.find((c) => c.country !== null)?.country ?? null;
  return {
    actor_id: kind === "country" && country ? country : `${kind === "person" ? "p" : "o"}:${slugify(name)}`,
    name,
    kind: kind === "country" && !country ? "organization" : kind,
    country,
    sector: primary?.sector ?? null,
    aliases: [...new Set(aliases)].filter((a) => a !== name),
    roles: kind === "country" ? [] : sortRoles(live.map(roleOf)),
  };
}

function merge(a: KbActorEntry, b: KbActorEntry): KbActorEntry {
  const aliases = [...new Set([...a.aliases, b.name, ...b.aliases])].filter((x) => x !== a.name);
  return { ...a, aliases, roles: sortRoles([...a.roles, ...b.roles]) };
}

/** Adds an actor, merging it into one of the same id and country; a namesake elsewhere gets `-<country>`. */
function place(byId: Map<string, KbActorEntry>, actor: KbActorEntry): void {
  const seen = byId.get(actor.actor_id);
  const same = (s: KbActorEntry) =>
    s.kind === actor.kind && (!s.country || !actor.country || s.country === actor.country);
  if (!seen) byId.set(actor.actor_id, actor);
  else if (same(seen)) byId.set(actor.actor_id, merge(seen, actor));
  else if (actor.country && !actor.actor_id.endsWith(`-${actor.country.toLowerCase()}`))
    place(byId, { ...actor, actor_id: `${actor.actor_id}-${actor.country.toLowerCase()}` });
  else byId.set(actor.actor_id, merge(seen, actor));
}

/**
 * Knowledge-base actors from the entries of one actor dictionary: readable names and aliases,
 * roles from the dated codes, and particle surnames (`El-Sisi`) where only one person has them.
 *
 * @example
 *   toKbActors([{ name: "ABDEL_FATTAH_EL_SISI", variants: ["ABDEL-FATTAH_EL-SISSI"], codes: [EGYMIL 1977–2012], … }])
 *   // actors[0]: { actor_id: "p:abdel-fattah-el-sisi", name: "Abdel Fattah el Sisi", kind: "person", country: "EGY",
 *   //   aliases: ["Abdel-Fattah el-Sissi", "El-Sissi"], roles: [{ title: "Military (EGYMIL)", sector: "MIL", … }] }
 */
export function toKbActors(entries: Iterable<ActorEntry>): { actors: KbActorEntry[]; stats: ConversionStats } {
  const stats: ConversionStats = { actors: 0, variants: 0, datedRoles: 0, left: 0 };
  const byId = new Map<string, KbActorEntry>();
  for (const entry of entries) {
    const kind = entryKind(entry);
    const actor = kind && kind !== "office" ? toActor(entry, kind) : null;
    if (!actor) {
      stats.left++;
      continue;
    }
    stats.variants += entry.variants.length;
    place(byId, actor);
  }
  const named = new Map<string, Set<string>>();
  for (const a of byId.values()) {
    for (const n of [a.name, ...a.aliases]) {
      const key = normalizeName(n);
      named.set(key, (named.get(key) ?? new Set()).add(a.actor_id));
    }
  }
  const people = [...byId.values()].filter((a) => a.kind === "person");
  const derived = deriveSurnames(
    people.map((p) => ({ id: p.actor_id, names: [p.name, ...p.aliases] })),
    named,
  );
  const actors = [...byId.values()].map((a) => {
    const extra = derived.get(a.actor_id);
    return extra ? { ...a, aliases: [...a.aliases, ...extra] } : a;
  });
  stats.actors = actors.length;
  stats.datedRoles = actors.reduce((n, a) => n + a.roles.filter((r) => r.start !== null || r.end !== null).length, 0);
  return { actors, stats };
}
