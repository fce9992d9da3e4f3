/**
 * The entry of an analysis worker thread (see pool.ts): builds the pipeline and the knowledge base
 * once, then answers each request in the order received: an article with its analysis, a page of
 * undated documents with their dating decisions (read through a store connection of its own).
 */
import { parentPort, workerData } from "node:worker_threads";
import { knowledgeBaseFrom } from "../../actors/import/store-kb.js";
import type { Store } from "../../store/store.js";
import type { AnchorSource } from "../dating/evidence.js";
import { analyzeArticle } from "./analyze-article.js";
import type { DatingReply, DatingRequest, WorkerReply, WorkerRequest, WorkerSetup } from "./messages.js";

const port = parentPort;
if (!port) throw new Error("worker.js runs as a worker thread, started by the analysis pool");
const kb = knowledgeBaseFrom((workerData as WorkerSetup).imported);
/** This thread's connection to the store it dates, and the anchors read through it (one dating pass). */
let store: { location: string; open: Promise<Store>; anchors?: AnchorSource } | null = null;

/** Decides a page of dating on this thread's own connection to the store (opened at the first page). */
async function date(request: DatingRequest): Promise<DatingReply> {
  const { job, location, documents } = request;
  try {
    if (documents === null) {
      await (await store?.open)?.close();
      store = null;
      return { job, decisions: [] };
    }
    if (store?.location !== location) {
      const { openStore } = await import("../../store/open.js"); // only a worker asked to date loads the stores
      store = { location, open: openStore(location) };
    }
    const [{ decidePage }, { anchorSource }] = await Promise.all([
      import("../dating/infer.js"),
      import("../dating/evidence.js"),
    ]);
    const open = await store.open;
    store.anchors ??= anchorSource(open);
    return { job, decisions: await decidePage(open, documents, store.anchors) };
  } catch (error) {
    return { job, decisions: null, error: error instanceof Error ? error.message : String(error) };
  }
}

// pages of dating one after another; replies carry their job, so an analysis may answer meanwhile
let dating: Promise<void> = Promise.resolve();
port.on("message", (request: WorkerRequest) => {
  if (request.kind === "analyse") {
    const reply: WorkerReply = { job: request.job, outcome: analyzeArticle(request.article, request.hash, kb) };
    port.postMessage(reply);
  } else dating = dating.then(async () => port.postMessage(await date(request)));
});
