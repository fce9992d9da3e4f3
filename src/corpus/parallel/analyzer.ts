import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { knowledgeBaseFrom } from "../../actors/import/store-kb.js";
import type { KnowledgeBase } from "../../actors/kb.js";
import type { RawArticle } from "../../ingest/article.js";
import type { KbStore } from "../../store/kb-store.js";
import { type ArticleOutcome, analyzeArticle } from "./analyze-article.js";
import { AnalysisPool } from "./pool.js";

/** One article handed to the analyser: its outcome, and whether that is known yet (read without waiting). */
export interface Ticket {
  readonly outcome: Promise<ArticleOutcome>;
  readonly settled: boolean;
}

/**
 * Where ingest sends articles to be analysed: worker threads, and this thread for what they have
 * no room for. This thread analyses only inside `help`, which the writer calls while it waits.
 */
export interface Analyzer {
  /** Threads analysing, this one included. */
  readonly threads: number;
  analyze(article: RawArticle, hash: string): Ticket;
  /**
   * Analyses in this thread the articles left to it, oldest first, until `done()` or none is left;
   * with worker threads it yields between articles so that their answers come in.
   */
  help(done: () => boolean): Promise<void>;
  close(): Promise<void>;
}

/** The default number of analysis threads: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Requests a worker thread may have outstanding before this thread takes articles itself: enough
 * to keep it busy while this thread stores a batch (a stored document costs the writer about as
 * much as half an analysis).
 */
export const WORKER_BACKLOG = 96;

interface LocalJob {
  article: RawArticle;
  hash: string;
  ticket: { outcome: Promise<ArticleOutcome>; settled: boolean };
  resolve: (outcome: ArticleOutcome) => void;
}

/**
 * The analyser for `threads`: this thread plus `threads - 1` worker threads, each holding its own
 * pipeline and the knowledge base (the built-in one extended with what the store imported, read
 * once). An article goes to the least busy worker unless every worker already has WORKER_BACKLOG
 * waiting; then it waits here, and goes to the first worker that answers one (so workers never run
 * dry while this thread writes), unless the writer needs it first and analyses it in this thread
 * (`help`). So on two cores two threads share the analysis and the writer's thread takes the
 * smaller part; with one thread there is no worker, no thread start-up and no copying.
 *
 * @example const analyzer = await createAnalyzer(store, 2); const ticket = analyzer.analyze(article, hash);
 */
export async function createAnalyzer(store: KbStore, threads: number): Promise<Analyzer> {
  const imported = await store.listKbActors();
  const kb = knowledgeBaseFrom(imported);
  const pool = threads > 1 ? new AnalysisPool({ size: threads - 1, setup: { imported } }) : null;
  return new SharedAnalyzer(kb, pool, Math.max(1, threads));
}

class SharedAnalyzer implements Analyzer {
  readonly #kb: KnowledgeBase;
  readonly #pool: AnalysisPool | null;
  readonly #local: LocalJob[] = [];
  readonly threads: number;

  constructor(kb: KnowledgeBase, pool: AnalysisPool | null, threads: number) {
    this.#kb = kb;
    this.#pool = pool;
    this.threads = threads;
  }

  analyze(article: RawArticle, hash: string): Ticket {
    let resolve: (outcome: ArticleOutcome) => void = () => {};
    const ticket = { settled: false, outcome: new Promise<ArticleOutcome>((r) => (resolve = r)) };
    this.#local.push({ article, hash, ticket, resolve });
    this.#topUp();
    return ticket;
  }

  /** Hands waiting articles, oldest first, to the workers while one has room: called on each answer too. */
  #topUp(): void {
    const pool = this.#pool;
    while (pool && this.#local.length > 0 && pool.fewestOutstanding() < WORKER_BACKLOG) {
      const job = this.#local.shift() as LocalJob;
      void pool.analyze(job.article, job.hash).then((outcome) => {
        job.ticket.settled = true;
        job.resolve(outcome);
        this.#topUp();
      });
    }
  }

  async help(done: () => boolean): Promise<void> {
    while (!done()) {
      const job = this.#local.shift();
      if (!job) return;
      job.ticket.settled = true;
      job.resolve(analyzeArticle(job.article, job.hash, this.#kb));
      if (this.#pool) await nextTurn(); // worker answers are events: let them in
    }
  }

  async close(): Promise<void> {
    for (const job of this.#local.splice(0)) job.resolve({ kind: "failed", reason: "ingest stopped before analysis" });
    await this.#pool?.close();
  }
}
