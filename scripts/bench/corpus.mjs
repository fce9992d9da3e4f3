// Bench inputs: the corpus's articles, and JSONL files built from them (repeated to n articles, or to
// a size in bytes), each copy carrying a unique marker line so that content hashes differ.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readInputs } from "../../dist/ingest/read.js";

/** Every article the corpus (folder, file or JSONL) yields. */
export async function loadArticles(corpus) {
  const articles = [];
  for await (const r of readInputs([corpus])) if (r.kind === "article") articles.push(r.article);
  if (articles.length === 0) throw new Error(`no articles in ${corpus}`);
  return articles;
}

/** The JSON line of copy `k` of an article; `date` overrides its publication date when given. */
export function copyLine(article, k, tag, date = article.publishedAt) {
  const record = {
    id: `bench-${tag}-${k}`,
    title: article.title,
    source: article.source,
    url: article.url,
    ...(date ? { date } : {}),
    text: `${article.text}\n\nBench copy ${k} ${tag}.`,
  };
  return `${JSON.stringify(record)}\n`;
}

/** Writes lines from `next(i)` to `path` until it returns null, honouring the stream's backpressure. */
async function writeLines(path, next) {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; ; i++) {
    const line = next(i, bytes);
    if (line === null) break;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

/** The corpus repeated to `n` articles as JSONL at `path`; `tag` makes this file's copies unique. */
export function writeRepeated(articles, n, path, tag) {
  return writeLines(path, (i) => (i < n ? copyLine(articles[i % articles.length], i, tag) : null));
}

/**
 * About `bytes` of JSONL at `path`: the corpus over and over, each copy dated a day later (from
 * 2000-01-01), as a news archive would be.
 */
export function writeLarge(articles, bytes, path, tag) {
  const day0 = Date.UTC(2000, 0, 1);
  return writeLines(path, (i, written) => {
    if (written >= bytes) return null;
    const day = new Date(day0 + Math.floor(i / articles.length) * 86_400_000).toISOString().slice(0, 10);
    return copyLine(articles[i % articles.length], i, tag, day);
  });
}
