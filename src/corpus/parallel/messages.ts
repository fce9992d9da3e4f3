import type { RawArticle } from "../../ingest/article.js";
import type { UndatedDocument } from "../../store/dating-store.js";
import type { KbActorEntry, Sourced } from "../../store/kb-store.js";
import type { DatingDecision } from "../dating/infer.js";
import type { ArticleOutcome } from "./analyze-article.js";

/** What a worker is started with: the imported knowledge-base entries to extend the built-in one with. */
export interface WorkerSetup {
  imported: Sourced<KbActorEntry>[];
}

/** One article to analyse; `job` numbers requests within the pool. */
export interface AnalysisRequest {
  kind: "analyse";
  job: number;
  article: RawArticle;
  hash: string;
}

/**
 * A page of undated documents to decide the dating of, reading the store at `location` (opened once
 * per worker); `documents: null` closes that connection.
 */
export interface DatingRequest {
  kind: "date";
  job: number;
  location: string;
  documents: UndatedDocument[] | null;
}

export type WorkerRequest = AnalysisRequest | DatingRequest;

/** A worker's answer to one analysis request. */
export interface AnalysisReply {
  job: number;
  outcome: ArticleOutcome;
}

/** A worker's answer to one dating request: its decisions, or why it could not decide. */
export interface DatingReply {
  job: number;
  decisions: DatingDecision[] | null;
  error?: string;
}

export type WorkerReply = AnalysisReply | DatingReply;
