import { createHash } from "node:crypto";
import type { ActorKind, EventActor, EventRecord } from "../model/records.js";
import { findMentions, sentenceOf, spanOf, splitSentences } from "./fixture-spans.js";
import { type BundleSpec, type EventSpec, KNOWN_ACTORS } from "./fixture-specs.js";
import type { ActorObservation, DocumentBundle, SentenceRow } from "./store.js";

export type { ActorSpec, BundleSpec, EventSpec } from "./fixture-specs.js";

/**
 * Builds a realistic bundle from a short story: offsets are found in the text, so every mention
 * and evidence span really says what it claims; ids and doc ids are "" as the pipeline leaves them.
 *
 * @example makeBundle({ text: "Qin Gang called Blinken.", origin: "a.txt", actors: [{ id: "qin-gang", aliases: ["Qin Gang"] }] })
 */
export function makeBundle(spec: BundleSpec): DocumentBundle {
  const sentences = splitSentences(spec.text);
  const forms = spec.actors.flatMap((a) => a.aliases.map((alias) => ({ alias, actor: a.id, type: entityType(a.id) })));
  const mentions = findMentions(spec.text, forms);
  const actors: ActorObservation[] = spec.actors.map((a) => {
    const own = mentions.filter((m) => m.actor_id === a.id);
    return {
      ...describe(a.id),
      actor_id: a.id,
      aliases: a.aliases.map((alias) => ({ alias, count: own.filter((m) => m.text === alias).length })),
      roles: (a.roles ?? []).map((r) => ({
        title: r.title,
        organization: r.organization ?? null,
        country: describe(a.id).country,
        sector: "GOV",
        start: r.start ?? null,
        end: null,
        basis: r.basis ?? "text",
        evidence: r.evidence === undefined ? [] : [{ doc_id: "", ...spanOf(spec.text, r.evidence) }],
      })),
      mention_count: own.length,
    };
  });
  const events = (spec.events ?? []).map((e) => ({ merge_key: e.key, event: makeEvent(spec, e, sentences) }));
  return {
    document: {
      content_hash: createHash("sha256").update(spec.text).digest("hex"),
      origin: spec.origin,
      title: spec.title ?? null,
      source: spec.source ?? null,
      url: null,
      external_id: null,
      published_at: spec.published_at ?? null,
      date_source: spec.published_at ? "header" : null,
      format: "text",
      language: "en",
      text: spec.text,
    },
    sentences,
    mentions,
    actors,
    events,
    messages: spec.messages ?? [],
  };
}

function makeEvent(spec: BundleSpec, e: EventSpec, sentences: SentenceRow[]): EventRecord {
  const span = spanOf(spec.text, e.evidence);
  const participant = (id: string): EventActor => {
    const known = describe(id);
    const aliases = spec.actors.find((a) => a.id === id)?.aliases ?? [];
    const text = aliases.find((alias) => e.evidence.includes(alias)) ?? known.name;
    return { actor_id: id, ...known, sector: known.kind === "person" ? "GOV" : null, role: known.role, text };
  };
  return {
    id: "",
    event_type: e.type,
    mode: e.mode ?? null,
    context: e.context ?? [],
    actors: e.actors.map(participant),
    recipients: (e.recipients ?? []).map(participant),
    date: e.date,
    date_end: null,
    date_basis: e.basis ?? (e.date === null ? "unknown" : "stated"),
    status: e.status ?? "reported",
    location: e.location ?? null,
    score: e.score,
    cameo: "040",
    goldstein: e.score,
    quad: e.quad,
    confidence: e.confidence ?? 0.8,
    doc_count: 1,
    mentions: [{ doc_id: "", sentence: sentenceOf(sentences, span.start), ...span, text: e.evidence, rule: "fixture" }],
  };
}

function describe(id: string) {
  const known = KNOWN_ACTORS[id];
  return {
    name: known?.name ?? id,
    kind: known?.kind ?? ("person" as ActorKind),
    country: known?.country ?? null,
    role: known?.role ?? null,
  };
}

function entityType(id: string): string {
  const kind = describe(id).kind;
  return kind === "person" ? "PERSON" : kind === "country" ? "GPE" : "ORG";
}

/**
 * A small distinct article number `i` for bulk and concurrency tests: every one reports the same
 * shared call (merge key `consult|qin-gang|antony-blinken|bulk`) and one event of its own.
 */
export function numberedBundle(i: number): DocumentBundle {
  const text = `Report ${i}: Qin Gang spoke with Antony Blinken by phone about trade. Blinken took note of item ${i}.`;
  return makeBundle({
    origin: `bulk/${i}.txt`,
    text,
    actors: [
      { id: "qin-gang", aliases: ["Qin Gang"] },
      { id: "antony-blinken", aliases: ["Antony Blinken", "Blinken"] },
    ],
    events: [
      {
        key: "consult|qin-gang|antony-blinken|bulk",
        type: "CONSULT",
        quad: "verbal_cooperation",
        score: 1,
        date: "2023-06-18",
        actors: ["qin-gang"],
        recipients: ["antony-blinken"],
        evidence: "Qin Gang spoke with Antony Blinken by phone",
      },
      {
        key: `note|${i}`,
        type: "ACKNOWLEDGE",
        quad: "verbal_cooperation",
        score: 0.5,
        date: null,
        actors: ["antony-blinken"],
        evidence: `Blinken took note of item ${i}`,
      },
    ],
  });
}
