import { array, int, nullable, num, object, ref, str } from "./helpers.js";
import type { Schema } from "./types.js";

const PARTIAL_DATE = "YYYY, YYYY-MM or YYYY-MM-DD: the length is the precision";
const span = { start: int("offset of the first character"), end: int("offset after the last character") };

const documentFields = {
  doc_id: str(),
  content_hash: str(),
  origin: str("the file (and item) the article was read from"),
  title: nullable("string"),
  source: nullable("string"),
  url: nullable("string"),
  external_id: nullable("string"),
  published_at: nullable("string", "YYYY-MM-DD, or null when undated"),
  date_source: nullable("string"),
  format: str(),
  language: str(),
  ingested_at: str(),
  event_count: int(),
};

const eventActor = object({
  actor_id: str(),
  name: str(),
  kind: { type: "string", enum: ["person", "country", "organization", "group"] },
  country: nullable("string"),
  sector: nullable("string"),
  role: nullable("string", "the role held on the event's date"),
  text: str("the surface form in the article"),
});

const role = object({
  title: str(),
  organization: nullable("string"),
  country: nullable("string"),
  sector: nullable("string"),
  start: nullable("string", PARTIAL_DATE),
  end: nullable("string", PARTIAL_DATE),
  basis: { type: "string", enum: ["kb", "text"] },
  evidence: array(object({ doc_id: str(), ...span })),
});

/** The component schemas: the records of SPEC.md and the API's own bodies. */
export const SCHEMAS: Record<string, Schema> = {
  Error: object({ error: str("what is wrong, in one line") }),
  DocumentSummary: object(documentFields, "a stored document without its text"),
  Document: object({ ...documentFields, text: str("the article text; every offset points into it") }),
  Sentence: object({ index: int(), ...span }),
  Mention: object({
    ...span,
    text: str(),
    type: str("PERSON, ORG, GPE, NORP, LOC, FAC or TITLE"),
    actor_id: nullable("string"),
    rule: nullable("string"),
  }),
  Message: object({ stage: str(), rule: str(), reason: str(), ...span }),
  DateInterval: object({ from: nullable("string"), to: nullable("string") }, "inclusive YYYY-MM-DD bounds"),
  Event: object({
    id: str(),
    event_type: str("PLOVER event type, e.g. CONSULT"),
    mode: nullable("string"),
    context: array(str()),
    actors: array(eventActor),
    recipients: array(eventActor),
    date: nullable("string", PARTIAL_DATE),
    date_end: nullable("string", PARTIAL_DATE),
    date_basis: { type: "string", enum: ["stated", "relative", "publication", "inferred", "unknown"] },
    status: { type: "string", enum: ["reported", "future", "hypothetical", "negated"] },
    location: {
      oneOf: [
        { type: "null" },
        object({ name: str(), country: nullable("string"), lat: nullable("number"), lon: nullable("number") }),
      ],
    },
    score: num(),
    cameo: str(),
    goldstein: num(),
    quad: {
      type: "string",
      enum: ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"],
    },
    confidence: num(),
    doc_count: int(),
    mentions: array(object({ doc_id: str(), sentence: int(), ...span, text: str(), rule: str() })),
  }),
  EventNote: object({ doc_id: str(), rule: str(), reason: str() }),
  EvidenceSpan: object({
    ...span,
    kind: { type: "string", enum: ["trigger", "actor", "recipient", "date", "location"] },
    text: str(),
    rule: nullable("string"),
  }),
  EvidenceDocument: object({
    doc_id: str(),
    title: nullable("string"),
    source: nullable("string"),
    url: nullable("string"),
    published_at: nullable("string"),
    text: str(),
    spans: array(ref("EvidenceSpan")),
  }),
  Actor: object({
    actor_id: str(),
    name: str(),
    kind: { type: "string", enum: ["person", "country", "organization", "group"] },
    country: nullable("string"),
    aliases: array(str()),
    roles: array(role),
    mention_count: int(),
  }),
  TimelineEntry: object({
    date: str(PARTIAL_DATE),
    date_end: nullable("string"),
    summary: str(),
    event_ids: array(str()),
    doc_ids: array(str()),
  }),
  RelationsPoint: object({
    period: str("2023-06-18, 2023-W25, 2023-06 or 2023"),
    verbal_cooperation: int(),
    material_cooperation: int(),
    verbal_conflict: int(),
    material_conflict: int(),
    total: int(),
    mean_score: num(),
    event_ids: array(str()),
    net_cooperation: num("(cooperation − conflict) / all, material acts weighing double, in [-1, 1]"),
  }),
  SearchHit: object({ doc_id: str(), title: nullable("string"), snippet: str("matched terms in [ ]") }),
  IngestJob: object(
    {
      state: { type: "string", enum: ["running", "done", "failed"] },
      read: int(),
      stored: int(),
      duplicates: int(),
      rejected: array(object({ origin: str(), code: str(), reason: str() })),
      events: int(),
      bytes: int("bytes of article text read so far"),
      total_bytes: nullable("integer", "bytes uploaded, or null"),
    },
    "progress of an upload's ingest",
    { error: str("why the job failed") },
  ),
};
