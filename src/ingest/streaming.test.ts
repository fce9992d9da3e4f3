import assert from "node:assert/strict";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tempDir } from "../testing/cli.js";
import { readJsonl } from "./jsonl.js";
import { readInputs } from "./read.js";

const LINE = `${JSON.stringify({ text: "Wang Yi met Antony Blinken in Washington on Thursday.", date: "2023-10-26" })}\n`;

describe("reading JSONL is streamed", () => {
  it("yields the first article after a few chunks of an endless-looking input, not at its end", async () => {
    let pulled = 0;
    // 100,000 chunks of 64 KB (6.5 GB) that are only made when asked for
    function* chunks(): Generator<Buffer> {
      const chunk = Buffer.from(LINE.repeat(Math.ceil(65_536 / LINE.length)));
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield chunk;
      }
    }
    let read = 0;
    for await (const result of readJsonl(chunks(), "big.jsonl")) {
      assert.equal(result.kind, "article");
      if (++read === 1000) break;
    }
    assert.ok(pulled <= 2, `pulled ${pulled} chunks for the first 1000 articles`);
  });

  it("reads a file over the single-article size limit line by line", async () => {
    const path = join(tempDir("annals-stream-"), "wire.jsonl");
    const out = createWriteStream(path);
    const lines = 40_000; // about 4 MB, with a limit of 1 KB per article
    for (let i = 0; i < lines; i++) if (!out.write(LINE)) await once(out, "drain");
    out.end();
    await once(out, "finish");
    let articles = 0;
    let first: number | null = null;
    const heap = process.memoryUsage().heapUsed;
    for await (const result of readInputs([path], { maxBytes: 1024 })) {
      if (result.kind === "article") articles++;
      first ??= process.memoryUsage().heapUsed - heap;
    }
    assert.equal(articles, lines);
    assert.ok((first ?? 0) < 1_000_000, `heap grew ${first} bytes before the first article`);
  });
});
