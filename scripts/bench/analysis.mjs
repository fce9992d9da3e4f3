// The analysis-only parts of the bench, in this process over the corpus's own articles: the language
// layer, the whole analysis without a store (with per-article latency), what resolving people costs,
// and the floor, a bare tokenisation pass over the same text.
import { KnowledgeBase, loadKnowledgeBase } from "../../dist/actors/kb.js";
import { analyzeDocument } from "../../dist/analyze.js";
import { loadTriggers } from "../../dist/ontology/triggers.js";
import { createPipeline } from "../../dist/pipeline/create.js";
import { DEFAULT_STAGES } from "../../dist/pipeline/default.js";
import { buildTriggerIndex } from "../../dist/stages/events/trigger-index.js";
import { splitSentences } from "../../dist/stages/sentences/split.js";
import { tokenize } from "../../dist/stages/tokens/tokenize.js";
import { percentile } from "./stats.mjs";

/** Seconds per article of `fn` over `articles`, `repeat` times after a warm-up; with per-article times. */
function timePass(articles, repeat, fn) {
  for (const a of articles.slice(0, 50)) fn(a);
  const each = [];
  const start = performance.now();
  for (let k = 0; k < repeat; k++)
    for (const a of articles) {
      const t = performance.now();
      fn(a);
      each.push(performance.now() - t);
    }
  return { perArticle: (performance.now() - start) / 1000 / (articles.length * repeat), each };
}

/** A knowledge base that knows no person: no name is looked up against officials. */
function withoutPeople() {
  const kb = new KnowledgeBase();
  const full = loadKnowledgeBase();
  for (const actor of full.actors.values()) if (actor.kind !== "person") kb.add(actor);
  for (const [key, entries] of full.surfaces) {
    for (const e of entries) if (kb.get(e.actorId)) kb.addSurface(key, e.actorId, e.via, e.type);
  }
  return kb;
}

/** Seconds per article of a bare tokenisation pass (sentences + tokens): the floor. */
export function floorPerArticle(articles, repeat = 3) {
  return timePass(articles, repeat, (a) =>
    tokenize(
      a.text,
      splitSentences(a.text).map((s, index) => ({ ...s, index, furniture: false })),
    ),
  ).perArticle;
}

/** Articles per second of each analysis part, and the per-article analysis latency. */
export function benchAnalysis(articles, repeat = 1) {
  const layer = createPipeline(DEFAULT_STAGES.filter((stage) => stage.name !== "events"));
  const ctx = {
    title: null,
    url: null,
    docId: "",
    kb: loadKnowledgeBase(),
    triggers: buildTriggerIndex(loadTriggers()),
  };
  const layerPass = timePass(articles, repeat, (a) => layer.run(a.text, { ...ctx, publishedAt: a.publishedAt }));
  const full = timePass(articles, repeat, (a) => analyzeDocument(a.text, { publishedAt: a.publishedAt }));
  // an upper bound: fewer people also means fewer events to code
  const noPeople = withoutPeople();
  const unresolved = timePass(articles, repeat, (a) =>
    analyzeDocument(a.text, { publishedAt: a.publishedAt, kb: noPeople }),
  );
  return {
    language_layer_articles_per_s: Math.round(1 / layerPass.perArticle),
    analyze_articles_per_s: Math.round(1 / full.perArticle),
    analyze_p50_ms: +percentile(full.each, 50).toFixed(2),
    analyze_p95_ms: +percentile(full.each, 95).toFixed(2),
    person_resolution_overhead_pct: Math.round((full.perArticle / unresolved.perArticle - 1) * 100),
  };
}
