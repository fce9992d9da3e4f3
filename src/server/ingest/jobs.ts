import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { relative, sep } from "node:path";
import { type IngestSummary, ingest } from "../../corpus/ingest.js";
import type { Store } from "../../store/store.js";
import type { IngestJobStatus } from "../api-types.js";

/** How a stored origin says a document came in through an upload. */
const LABEL = "upload:";
/** Finished jobs kept for polling; the oldest are forgotten first. */
const KEPT_JOBS = 200;

/**
 * Upload jobs: each ingests one private folder of uploaded files with the library's `ingest()`,
 * then deletes the folder. Jobs run one after another (one writer at a time); a queued job reads
 * as `running` with nothing read yet. Origins are reported relative to the folder (`talks.txt#2`),
 * so no server path reaches the client.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJobStatus>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  /** Queues the ingest of `dir` (which the job then owns and deletes); returns the job id. */
  start(dir: string, totalBytes: number | null): string {
    const id = randomUUID();
    const status: IngestJobStatus = {
      state: "running",
      read: 0,
      stored: 0,
      duplicates: 0,
      rejected: [],
      events: 0,
      bytes: 0,
      total_bytes: totalBytes,
    };
    this.jobs.set(id, status);
    this.forgetOld();
    this.queue = this.queue.then(() => this.run(dir, status));
    return id;
  }

  /** A job's progress, or undefined for an unknown (or long forgotten) id. */
  get(id: string): IngestJobStatus | undefined {
    const status = this.jobs.get(id);
    return status && { ...status, rejected: [...status.rejected] };
  }

  /** Resolves once every queued job has finished (for shutdown and tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(dir: string, status: IngestJobStatus): Promise<void> {
    const shown = (origin: string) => {
      if (origin.startsWith(LABEL)) return origin.slice(LABEL.length);
      const rel = relative(dir, origin);
      return rel.startsWith("..") ? "upload" : rel.split(sep).join("/");
    };
    const copy = (s: IngestSummary) => {
      status.read = s.read;
      status.stored = s.stored;
      status.duplicates = s.duplicates;
      status.events = s.events;
      status.bytes = s.bytes;
      status.rejected = s.rejected.map((r) => ({ origin: shown(r.origin), code: r.code, reason: r.reason }));
    };
    let failure: Error | null = null;
    try {
      // stored origins name the uploaded file (`upload:articles.json#2`), never the private folder
      copy(await ingest(this.store, [dir], { originRoot: dir, originLabel: LABEL }, copy));
    } catch (error) {
      failure = error as Error;
    }
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    // The state changes last: a client that sees `done` sees the upload gone too.
    if (failure) status.error = failure.message.replaceAll(dir, "upload");
    status.state = failure ? "failed" : "done";
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT_JOBS) break;
      if (job.state !== "running") this.jobs.delete(id);
    }
  }
}
