import type { ActorKind, DateBasis, EventLocation, EventStatus, MessageRecord, QuadClass } from "../model/records.js";

/** How a test story is described before `makeBundle` turns it into a bundle. */

/** Actors the test stories use; an id not listed here becomes a person named after the id. */
export const KNOWN_ACTORS: Record<string, { name: string; kind: ActorKind; country: string | null; role?: string }> = {
  "qin-gang": { name: "Qin Gang", kind: "person", country: "CHN", role: "Foreign Minister" },
  "antony-blinken": { name: "Antony Blinken", kind: "person", country: "USA", role: "Secretary of State" },
  "sergei-lavrov": { name: "Sergei Lavrov", kind: "person", country: "RUS", role: "Foreign Minister" },
  CHN: { name: "China", kind: "country", country: "CHN" },
  USA: { name: "United States", kind: "country", country: "USA" },
  UKR: { name: "Ukraine", kind: "country", country: "UKR" },
};

export interface ActorSpec {
  id: string;
  /** Surface forms to find in the text; each whole-word occurrence is one mention. */
  aliases: string[];
  roles?: {
    title: string;
    organization?: string | null;
    start?: string | null;
    basis?: "kb" | "text";
    evidence?: string;
  }[];
}

export interface EventSpec {
  key: string;
  type: string;
  quad: QuadClass;
  score: number;
  date: string | null;
  basis?: DateBasis;
  actors: string[];
  recipients?: string[];
  /** The span of the text that states the event. */
  evidence: string;
  mode?: string | null;
  confidence?: number;
  location?: EventLocation | null;
  context?: string[];
  /** Whether the event happened; `reported` unless said. */
  status?: EventStatus;
}

export interface BundleSpec {
  text: string;
  origin: string;
  title?: string | null;
  published_at?: string | null;
  source?: string | null;
  actors: ActorSpec[];
  events?: EventSpec[];
  messages?: MessageRecord[];
}
