/**
 * The entry of an analysis worker thread (see pool.ts): builds the pipeline and the knowledge base
 * once, then answers each AnalysisRequest with an AnalysisReply, in the order received.
 */
import { parentPort, workerData } from "node:worker_threads";
import { knowledgeBaseFrom } from "../../actors/import/store-kb.js";
import { analyzeArticle } from "./analyze-article.js";
import type { AnalysisReply, AnalysisRequest, WorkerSetup } from "./messages.js";
import { toWire } from "./transport.js";

const port = parentPort;
if (!port) throw new Error("worker.js runs as a worker thread, started by the analysis pool");
const kb = knowledgeBaseFrom((workerData as WorkerSetup).imported);
port.on("message", (request: AnalysisRequest) => {
  const reply: AnalysisReply = { job: request.job, outcome: toWire(analyzeArticle(request.article, request.hash, kb)) };
  port.postMessage(reply);
});
