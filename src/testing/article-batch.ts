import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./cli.js";

const HEADER = /^(date |title:|source:|url:|published:)/;

/** The sentences of the bundled plain-text samples, header lines left out. */
export function sampleSentences(samples: string): string[] {
  const sentences: string[] = [];
  for (const name of readdirSync(samples).sort()) {
    if (!name.endsWith(".txt")) continue;
    const body = readFileSync(join(samples, name), "utf8")
      .split("\n")
      .filter((line) => !HEADER.test(line))
      .join(" ");
    for (const s of body.split(/(?<=[.!?])\s+(?=[A-Z"])/)) {
      const sentence = s.trim();
      if (sentence.length >= 40 && sentence.length <= 320) sentences.push(sentence);
    }
  }
  return sentences;
}

/**
 * Writes `n` articles mixed from the samples' sentences into a new folder: each takes four
 * sentences, a publication date and a bulletin line of its own, so every article has its own
 * content hash while many report the same events as others (what cross-article dedup works on).
 *
 * @example const dir = writeMixedArticles("samples", 200); // article-000.txt … article-199.txt
 */
export function writeMixedArticles(samples: string, n: number, dir = tempDir("annals-mixed-")): string {
  const sentences = sampleSentences(samples);
  if (sentences.length === 0) throw new Error(`${samples}: no sentences to mix`);
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
    const picked = [0, 1, 2, 3].map((k) => sentences[(i * 7 + k * 13) % sentences.length] as string);
    const text = [`date ${day}`, `title: Wire bulletin ${i}`, "", ...picked, `This is bulletin ${i} of the wire.`];
    writeFileSync(join(dir, `article-${String(i).padStart(3, "0")}.txt`), `${text.join("\n")}\n`);
  }
  return dir;
}
