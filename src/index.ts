/**
 * annals — event data from news about international relations.
 *
 * The shortcut is `analyze(text, opts)`; the pipeline, its stages, the knowledge base and the store
 * are here for those who need them.
 */
export { KnowledgeBase, loadKnowledgeBase } from "./actors/kb.js";
export { resolvePerson } from "./actors/resolve.js";
export { type Analysis, type AnalyzeOptions, analyze, analyzeDocument } from "./analyze.js";
export { contentHash } from "./corpus/content-hash.js";
export { type IngestSummary, ingest } from "./corpus/ingest.js";
export { mergeKey } from "./corpus/merge-key.js";
export { netCooperation } from "./corpus/relations.js";
export { summarize } from "./corpus/summarize.js";
export { buildTimeline, type TimelineOptions } from "./corpus/timeline.js";
export { AnnotatedDoc } from "./doc/document.js";
export type * from "./doc/layers.js";
export type { RawArticle, ReadResult, Rejection } from "./ingest/article.js";
export { readInputs } from "./ingest/read.js";
export type * from "./model/records.js";
export { actorRecordSchema, eventRecordSchema, timelineSchema } from "./model/schema.js";
export { createPipeline, type Pipeline } from "./pipeline/create.js";
export { DEFAULT_STAGES, defaultPipeline } from "./pipeline/default.js";
export type { RunContext, Stage } from "./pipeline/stage.js";
export { type EnqueueSummary, enqueueInputs } from "./queue/enqueue.js";
export type { JobState, QueueCounts } from "./queue/job.js";
export { openQueue, type PgQueue, type QueueOptions } from "./queue/pg-queue.js";
export { runWorker, type WorkerOptions, type WorkerSummary } from "./queue/worker.js";
export {
  type AnnalsServer,
  createServer,
  openApiDocument,
  type ServerOptions,
} from "./server/index.js";
export { openStore } from "./store/open.js";
export type * from "./store/store.js";
