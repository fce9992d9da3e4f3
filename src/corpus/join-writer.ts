/**
 * A writer process for the concurrent dedup tests: `node join-writer.js <db> <date> <text>` analyses
 * one article, opens the store, says "ready", waits for any message, then saves the article merged
 * across articles (its reports regrouped inside the write transaction), as ingest and the queue
 * workers do. Reports `{ created }` before exiting.
 */
import { analyzeDocument } from "../analyze.js";
import { openStore } from "../store/open.js";
import { toBundle } from "./bundle.js";
import { contentHash } from "./content-hash.js";
import { saveBundle } from "./store-article.js";

const [db = "", date = "", text = ""] = process.argv.slice(2);
const article = {
  origin: `${date}.txt`,
  text,
  title: null,
  source: null,
  url: null,
  externalId: null,
  publishedAt: date,
  dateSource: "header",
  format: "text",
};
const bundle = toBundle(article, analyzeDocument(text, { publishedAt: date }), contentHash(text));
const store = await openStore(db);
process.send?.("ready");
await new Promise((resolve) => process.once("message", resolve));
const saved = await saveBundle(store, bundle);
await store.close();
process.send?.({ created: saved.created });
process.disconnect?.();
