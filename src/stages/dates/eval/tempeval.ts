/**
 * TempEval-3 evaluation of `findTimexes` on DATE expressions: each `.tml` document's text is run with
 * its creation date as the publication date, then scored (score.ts). `dir` holds `.tml` files, or a
 * `te3-platinum` folder that does (the layout of the shared data folder).
 */

import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { findTimexes } from "../find.js";
import { type Counts, type Mismatch, scoreDocument } from "./score.js";
import { parseTml } from "./tml.js";

export interface TempEvalReport {
  documents: number;
  counts: Counts;
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  /** correct values / relaxed matches */
  valueAccuracy: number;
  /** F1 of expressions found with the right value (the TempEval "value F1") */
  valueF1: number;
  mismatches: Mismatch[];
}

async function tmlFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".tml")).sort();
  if (names.length > 0) return names.map((n) => join(dir, n));
  const nested = join(dir, "te3-platinum");
  const isDir = await stat(nested).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return isDir ? tmlFiles(nested) : [];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export async function evaluateTempEval(dir: string): Promise<TempEvalReport> {
  const files = await tmlFiles(dir);
  const counts: Counts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, valueCorrect: 0 };
  const mismatches: Mismatch[] = [];
  for (const file of files) {
    const doc = parseTml(file.replace(/^.*[\\/]/, "").replace(/\.tml$/, ""), await readFile(file, "utf8"));
    const result = scoreDocument(doc, findTimexes(doc.text, { publishedAt: doc.dct }));
    for (const key of Object.keys(counts) as Array<keyof Counts>) counts[key] += result.counts[key];
    mismatches.push(...result.mismatches);
  }
  const strictP = ratio(counts.strict, counts.predicted);
  const strictR = ratio(counts.strict, counts.gold);
  const relaxedP = ratio(counts.relaxed, counts.predicted);
  const relaxedR = ratio(counts.relaxed, counts.gold);
  const valueF1 = f1(ratio(counts.valueCorrect, counts.predicted), ratio(counts.valueCorrect, counts.gold));
  return {
    documents: files.length,
    counts,
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1: f1(relaxedP, relaxedR),
    valueAccuracy: ratio(counts.valueCorrect, counts.relaxed),
    valueF1,
    mismatches,
  };
}
