import { z } from "zod";
import { PLOVER_TYPES, QUAD_CLASSES } from "../ontology/plover.js";

const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");
const countryCode = z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 or a PLOVER code");

const eventActor = z.object({
  actor_id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["person", "country", "organization", "group"]),
  country: countryCode.nullable(),
  sector: z.string().nullable(),
  role: z.string().nullable(),
  text: z.string().min(1),
});

/** The event record of SPEC.md, checked at the edges (tests, imports). Extra fields are allowed. */
export const eventRecordSchema = z
  .object({
    id: z.string().min(1),
    event_type: z.enum(PLOVER_TYPES),
    mode: z.string().nullable(),
    context: z.array(z.string()),
    actors: z.array(eventActor).min(1),
    recipients: z.array(eventActor),
    date: partialDate.nullable(),
    date_end: partialDate.nullable(),
    date_basis: z.enum(["stated", "relative", "publication", "inferred", "unknown"]),
    status: z.enum(["reported", "future", "hypothetical", "negated"]),
    location: z
      .object({
        name: z.string(),
        country: countryCode.nullable(),
        lat: z.number().nullable(),
        lon: z.number().nullable(),
      })
      .nullable(),
    score: z.number().min(-10).max(10),
    cameo: z.string().regex(/^\d{2,4}$/),
    goldstein: z.number().min(-10).max(10),
    quad: z.enum(QUAD_CLASSES),
    confidence: z.number().min(0).max(1),
    doc_count: z.number().int().min(1),
    mentions: z
      .array(
        z.object({
          doc_id: z.string().min(1),
          sentence: z.number().int().min(0),
          start: z.number().int().min(0),
          end: z.number().int(),
          text: z.string(),
          rule: z.string().min(1),
        }),
      )
      .min(1),
  })
  .refine((e) => e.date_basis !== "unknown" || e.date === null, { message: "date_basis unknown needs date null" });

export const actorRecordSchema = z.object({
  actor_id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["person", "country", "organization", "group"]),
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  roles: z.array(
    z.object({
      title: z.string().min(1),
      organization: z.string().nullable(),
      country: z.string().nullable(),
      sector: z.string().nullable(),
      start: partialDate.nullable(),
      end: partialDate.nullable(),
      basis: z.enum(["kb", "text"]),
      evidence: z.array(z.object({ doc_id: z.string(), start: z.number().int(), end: z.number().int() })),
    }),
  ),
  mention_count: z.number().int().min(0),
});

export const timelineSchema = z.object({
  entries: z.array(
    z.object({
      date: partialDate,
      date_end: partialDate.nullable(),
      summary: z.string().min(1),
      event_ids: z.array(z.string()).min(1),
      doc_ids: z.array(z.string()).min(1),
    }),
  ),
});
