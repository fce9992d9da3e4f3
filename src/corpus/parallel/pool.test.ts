import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RawArticle } from "../../ingest/article.js";
import { contentHash } from "../content-hash.js";
import { AnalysisPool } from "./pool.js";

const article = (text: string, origin = "a.txt"): RawArticle => ({
  origin,
  text,
  title: null,
  source: null,
  url: null,
  externalId: null,
  publishedAt: "2023-06-19",
  dateSource: null,
  format: "text",
});

const MEETING = "US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday.";

describe("the analysis pool", () => {
  it("analyses articles on worker threads into the bundles analysis in this thread gives", async () => {
    const pool = new AnalysisPool({ size: 2, setup: { imported: [] } });
    try {
      const outcome = await pool.analyze(article(MEETING), contentHash(MEETING));
      assert.equal(outcome.kind, "analysed");
      if (outcome.kind !== "analysed") return;
      assert.equal(outcome.bundle.document.content_hash, contentHash(MEETING));
      assert.deepEqual(
        outcome.bundle.events.map((e) => e.event.event_type),
        ["CONSULT"],
      );
    } finally {
      await pool.close();
    }
  });

  for (const way of ["exit", "throw"]) {
    it(`fails only the article a worker dies on (${way}), with a one-line reason, and goes on`, async () => {
      const script = new URL("./crashing-worker.js", import.meta.url);
      const pool = new AnalysisPool({ size: 2, setup: { imported: [] }, script });
      try {
        const texts = [MEETING, `CRASH:${way} ${MEETING}`, ...Array.from({ length: 6 }, (_, i) => `${MEETING} ${i}`)];
        const outcomes = await Promise.all(texts.map((t, i) => pool.analyze(article(t, `a${i}.txt`), contentHash(t))));
        assert.deepEqual(
          outcomes.map((o) => o.kind),
          ["analysed", "failed", "analysed", "analysed", "analysed", "analysed", "analysed", "analysed"],
        );
        const failed = outcomes[1];
        const reason = failed?.kind === "failed" ? failed.reason : "";
        assert.match(reason, way === "exit" ? /^analysis worker crashed: exit code 7$/ : /deliberate failure$/);
        // the replacement worker answers too
        assert.equal((await pool.analyze(article(MEETING), contentHash(MEETING))).kind, "analysed");
      } finally {
        await pool.close();
      }
    });
  }
});
