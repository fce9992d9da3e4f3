/**
 * An analysis worker for the pool's tests: it answers like the real one (worker.ts) except on an
 * article whose text names a way to fail: "CRASH:exit" ends the thread, "CRASH:throw" throws
 * from the message handler.
 */
import { parentPort } from "node:worker_threads";
import { loadKnowledgeBase } from "../../actors/kb.js";
import { analyzeArticle } from "./analyze-article.js";
import type { AnalysisReply, AnalysisRequest } from "./messages.js";
import { toWire } from "./transport.js";

const port = parentPort;
if (!port) throw new Error("crashing-worker.js runs as a worker thread");
port.on("message", (request: AnalysisRequest) => {
  if (request.article.text.includes("CRASH:exit")) process.exit(7);
  if (request.article.text.includes("CRASH:throw")) throw new Error("deliberate\nfailure");
  const reply: AnalysisReply = {
    job: request.job,
    outcome: toWire(analyzeArticle(request.article, request.hash, loadKnowledgeBase())),
  };
  port.postMessage(reply);
});
