import { type KnowledgeBase, loadKnowledgeBase } from "./actors/kb.js";
import { observeActors } from "./actors/observe.js";
import type { AnnotatedDoc } from "./doc/document.js";
import type { EntityMention } from "./doc/layers.js";
import type { ActorRecord, AnalysisRecord } from "./model/records.js";
import { loadTriggers } from "./ontology/triggers.js";
import { defaultPipeline } from "./pipeline/default.js";
import type { RunContext } from "./pipeline/stage.js";
import { buildTriggerIndex, type TriggerIndex } from "./stages/events/trigger-index.js";
import type { ActorObservation } from "./store/store.js";

export interface AnalyzeOptions {
  /** Publication date `YYYY-MM-DD`; without it the article is undated and relative dates stay unresolved. */
  publishedAt?: string | null;
  title?: string | null;
  url?: string | null;
  /** The input's id, echoed in the output (`annals analyze --batch`). */
  id?: string | null;
  /** The stored document's id, written into evidence; empty for one-shot analysis. */
  docId?: string;
  /** The knowledge base to resolve actors with; the built-in one by default (ingest passes one extended by `annals kb import`). */
  kb?: KnowledgeBase;
}

/** The full result of one article: the printed record, the annotated document, the actor observations. */
export interface Analysis {
  record: AnalysisRecord;
  doc: AnnotatedDoc;
  observations: ActorObservation[];
}

let triggers: TriggerIndex | null = null;

function context(opts: AnalyzeOptions): RunContext {
  triggers ??= buildTriggerIndex(loadTriggers());
  return {
    publishedAt: opts.publishedAt ?? null,
    title: opts.title ?? null,
    url: opts.url ?? null,
    docId: opts.docId ?? "",
    kb: opts.kb ?? loadKnowledgeBase(),
    triggers,
  };
}

/** A mention as the output names it: its actor and the actor's canonical name, else its own text. */
function actorRef(e: EntityMention, ctx: RunContext): { actor_id: string | null; name: string } {
  return { actor_id: e.actorId, name: e.actorId ? (ctx.kb.get(e.actorId)?.name ?? e.text) : e.text };
}

/** Runs the default pipeline on one article and keeps everything the store needs. */
export function analyzeDocument(text: string, opts: AnalyzeOptions = {}): Analysis {
  const ctx = context(opts);
  const doc = defaultPipeline().run(text, ctx);
  const entities = doc.get("entities");
  const observations = observeActors(entities, doc.get("roles"), ctx.kb, ctx.publishedAt, ctx.docId);
  const actors: ActorRecord[] = observations.map((o) => ({
    actor_id: o.actor_id,
    name: o.name,
    kind: o.kind,
    country: o.country,
    aliases: o.aliases.map((a) => a.alias),
    roles: o.roles,
    mention_count: o.mention_count,
  }));
  const record: AnalysisRecord = {
    id: opts.id ?? null,
    published: ctx.publishedAt,
    language: doc.get("language"),
    entities: entities.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type,
      actor_id: e.actorId,
      country: e.country,
      rule: e.rule,
    })),
    timexes: doc
      .get("timexes")
      .map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value, basis: t.basis })),
    quotes: doc.get("quotes").map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker ? actorRef(q.speaker, ctx) : null,
    })),
    coref: doc.get("coref").map((l) => ({
      start: l.start,
      end: l.end,
      text: l.text,
      kind: l.kind,
      antecedents: l.antecedents.map((a) => actorRef(a, ctx)),
    })),
    actors,
    events: doc.get("events").map((e) => e.record),
    messages: doc.messages,
  };
  return { record, doc, observations };
}

/**
 * Analyses one article with no store: its entities, time expressions, quotes, actors and events.
 *
 * @example
 *   const result = analyze("Wang Yi met Antony Blinken in Washington on Thursday.", { publishedAt: "2023-10-28" });
 *   result.events[0].event_type // "CONSULT"
 */
export function analyze(text: string, opts: AnalyzeOptions = {}): AnalysisRecord {
  return analyzeDocument(text, opts).record;
}
