import type { RawArticle } from "../../ingest/article.js";
import type { KbActorEntry, Sourced } from "../../store/kb-store.js";
import type { WireOutcome } from "./transport.js";

/** What a worker is started with: the imported knowledge-base entries to extend the built-in one with. */
export interface WorkerSetup {
  imported: Sourced<KbActorEntry>[];
}

/** One article to analyse; `job` numbers it within the pool. */
export interface AnalysisRequest {
  job: number;
  article: RawArticle;
  hash: string;
}

/** A worker's answer to one request. */
export interface AnalysisReply {
  job: number;
  outcome: WireOutcome;
}
