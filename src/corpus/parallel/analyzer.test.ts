import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle } from "../../ingest/article.js";
import { openStore } from "../../store/open.js";
import { contentHash } from "../content-hash.js";
import type { ArticleOutcome } from "./analyze-article.js";
import { createAnalyzer, WORKER_BACKLOG } from "./analyzer.js";

const article = (text: string, i: number): RawArticle => ({
  origin: `a${i}.txt`,
  text,
  title: null,
  source: null,
  url: null,
  externalId: null,
  publishedAt: "2024-04-26",
  dateSource: null,
  format: "text",
});

const text = (i: number) =>
  `Secretary of State Antony Blinken met President Xi Jinping in Beijing on Friday. Note ${i}.`;

describe("the shared analyser", () => {
  it("with one thread analyses nothing until asked, then exactly what the writer waits for", async () => {
    const store = await openStore(":memory:");
    const analyzer = await createAnalyzer(store, 1);
    try {
      const tickets = [0, 1, 2].map((i) => analyzer.analyze(article(text(i), i), contentHash(text(i))));
      assert.deepEqual(
        tickets.map((t) => t.settled),
        [false, false, false],
      );
      await analyzer.help(() => tickets[1]?.settled === true);
      assert.deepEqual(
        tickets.map((t) => t.settled),
        [true, true, false],
      );
    } finally {
      await analyzer.close();
      await store.close();
    }
  });

  it("hands what a worker had no room for to it as it answers, with the bundles analysis alone gives", async () => {
    const store = await openStore(":memory:");
    const shared = await createAnalyzer(store, 2);
    const alone = await createAnalyzer(store, 1);
    try {
      const n = WORKER_BACKLOG + 8;
      const tickets = Array.from({ length: n }, (_, i) => shared.analyze(article(text(i), i), contentHash(text(i))));
      // no help from this thread: the overflow must reach the worker by itself
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise<"stuck">((r) => (timer = setTimeout(() => r("stuck"), 60_000)));
      const outcomes = await Promise.race([Promise.all(tickets.map((t) => t.outcome)), stuck]);
      clearTimeout(timer);
      assert.notEqual(outcomes, "stuck", "articles past the backlog were never analysed");
      if (outcomes === "stuck") return;
      const check = [0, n - 1].map((i) => alone.analyze(article(text(i), i), contentHash(text(i))));
      await alone.help(() => check.every((t) => t.settled));
      const expected = await Promise.all(check.map((t) => t.outcome));
      // a worker's bundle carries its layers packed too; read, they are what this thread gives
      const unpacked = (o: ArticleOutcome | undefined) =>
        o?.kind === "analysed" ? { ...o, bundle: { ...o.bundle, packed: undefined } } : o;
      assert.deepEqual(unpacked(outcomes[0]), unpacked(expected[0]));
      assert.deepEqual(unpacked(outcomes[n - 1]), unpacked(expected[1]));
      assert.equal(outcomes[n - 1]?.kind, "analysed");
    } finally {
      await Promise.all([shared.close(), alone.close()]);
      await store.close();
    }
  });
});
