import type { Store } from "../store/store.js";
import type { IngestJobs } from "./ingest/jobs.js";

/** What the API routes share: the store and the upload jobs. */
export interface ApiDeps {
  store: Store;
  jobs: IngestJobs;
  /** Largest request body of an upload, in bytes. */
  maxUploadBytes: number;
  /** Folder under which each upload gets its private temporary folder. */
  uploadParent: string;
}
