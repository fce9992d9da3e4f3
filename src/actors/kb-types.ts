import type { ActorKind, EntityType } from "../model/records.js";

export interface KbRole {
  title: string;
  organization: string | null;
  country: string | null;
  sector: string | null;
  start: string | null;
  end: string | null;
  /** Where the role came from, when it differs from its actor's `source` (a role imported into a built-in person). */
  source?: string;
}

/** A canonical actor of the knowledge base: a country, an organisation, a person, or a place. */
export interface KbActor {
  id: string;
  name: string;
  kind: ActorKind | "place";
  /** The entity type a mention of its name gets. */
  entityType: EntityType;
  country: string | null;
  sector: string | null;
  aliases: string[];
  roles: KbRole[];
  lat: number | null;
  lon: number | null;
  /** Where the entry came from (`annals:data/kb/people.json`). */
  source: string;
}

/** How a surface form points at an actor: by name, demonym (`Chinese`), metonym (`Beijing`), prefix (`Sino`). */
export type SurfaceVia = "name" | "alias" | "demonym" | "metonym" | "prefix" | "place";

export interface SurfaceEntry {
  actorId: string;
  via: SurfaceVia;
  type: EntityType;
}
