/**
 * The records of the outside contract (SPEC.md): what `annals events`, `annals actors`,
 * `annals timeline` and `annals analyze` print. Fields may be added, never renamed or dropped.
 */

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the string's length is its precision. */
export type PartialDate = string;

export type DateBasis = "stated" | "relative" | "publication" | "inferred" | "unknown";
export type EventStatus = "reported" | "future" | "hypothetical" | "negated";
export type QuadClass = "verbal_cooperation" | "material_cooperation" | "verbal_conflict" | "material_conflict";
export type ActorKind = "person" | "country" | "organization" | "group";
export type EntityType = "PERSON" | "ORG" | "GPE" | "NORP" | "LOC" | "FAC" | "TITLE";

/** One participant of an event as the event saw it: the actor and the role held on the event's date. */
export interface EventActor {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** The surface form in the article. */
  text: string;
}

/** Evidence: `document.text.slice(start, end)` is the span that says it. */
export interface EventMention {
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface EventRecord {
  id: string;
  event_type: string;
  mode: string | null;
  context: string[];
  actors: EventActor[];
  recipients: EventActor[];
  date: PartialDate | null;
  date_end: PartialDate | null;
  date_basis: DateBasis;
  status: EventStatus;
  location: EventLocation | null;
  score: number;
  cameo: string;
  goldstein: number;
  quad: QuadClass;
  confidence: number;
  doc_count: number;
  mentions: EventMention[];
}

export interface RoleEvidence {
  doc_id: string;
  start: number;
  end: number;
  /** Publication date of the article that states the role, or null when undated. */
  date?: string | null;
  /** What the span says: the role is held, was held, or will be held. */
  tense?: "current" | "former" | "future";
}

export interface RoleRecord {
  title: string;
  organization: string | null;
  country: string | null;
  sector: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  basis: "kb" | "text";
  evidence: RoleEvidence[];
  /** Where a `kb` role came from (the built-in knowledge base or an imported file). */
  source?: string;
}

export interface ActorRecord {
  actor_id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: string[];
  roles: RoleRecord[];
  mention_count: number;
}

export interface TimelineEntry {
  date: PartialDate;
  date_end: PartialDate | null;
  summary: string;
  event_ids: string[];
  doc_ids: string[];
}

export interface Timeline {
  entries: TimelineEntry[];
}

export interface EntityRecord {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  actor_id: string | null;
  /** Country code for GPE/NORP/ORG mentions where one is known. */
  country?: string | null;
  rule?: string;
}

export interface TimexRecord {
  start: number;
  end: number;
  text: string;
  /** ISO date, partial date, range `a/b`, or null when relative in an undated article. */
  value: string | null;
  basis: DateBasis;
}

export interface QuoteRecord {
  start: number;
  end: number;
  text: string;
  /** `direct`: between quotation marks; `reported`: reported speech (`Wang said that …`). */
  kind: "direct" | "reported";
  speaker: { actor_id: string | null; name: string } | null;
}

/** A mention that refers back without a name (`he`, `the minister`, `the two sides`) and what it refers to. */
export interface CorefRecord {
  start: number;
  end: number;
  text: string;
  kind: "pronoun" | "description" | "group" | "side";
  /** Empty when nothing in the article before it fits. */
  antecedents: { actor_id: string | null; name: string }[];
}

export interface MessageRecord {
  stage: string;
  rule: string;
  reason: string;
  start: number;
  end: number;
}

/** What `annals analyze` prints for one article. */
export interface AnalysisRecord {
  id: string | null;
  published: string | null;
  language: string;
  entities: EntityRecord[];
  timexes: TimexRecord[];
  quotes: QuoteRecord[];
  /** In-article coreference (an extension of the SPEC's record). */
  coref?: CorefRecord[];
  actors: ActorRecord[];
  events: EventRecord[];
  messages: MessageRecord[];
}
