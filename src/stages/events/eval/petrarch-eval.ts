import { readFileSync } from "node:fs";
import { importPetrarchFile } from "../../../actors/import/import-file.js";
import { knowledgeBaseFor } from "../../../actors/import/store-kb.js";
import type { KnowledgeBase } from "../../../actors/kb.js";
import { analyzeDocument } from "../../../analyze.js";
import { openStore } from "../../../store/open.js";
import { eventTriples } from "./petrarch-codes.js";
import { parsePetrarchRecords } from "./petrarch-records.js";
import { type PetrarchScore, type SentenceResult, scorePetrarch } from "./petrarch-score.js";

export interface PetrarchEvaluation {
  score: PetrarchScore;
  /** Sentences coded: those with gold events plus the no-event ones. */
  sentences: number;
  /** Records that test PETRARCH's input errors (`dateline`, `storydiscard`…), left out. */
  errorRecords: number;
  /** No-event sentences, and how many of them we coded an event in. */
  noEvent: { n: number; coded: number };
  badLines: number;
  results: SentenceResult[];
}

/**
 * The built-in knowledge base plus an imported dictionary, as `annals kb import` + `ingest` build it
 * (through a throw-away in-memory store).
 */
export async function knowledgeBaseWith(dictionary: string): Promise<KnowledgeBase> {
  const store = await openStore(":memory:");
  try {
    await importPetrarchFile(store, dictionary);
    return await knowledgeBaseFor(store);
  } finally {
    await store.close();
  }
}

/**
 * Codes every unit-test sentence (with its record's date) and scores the CAMEO roots and the
 * country-level dyads against the gold triples.
 */
export async function evaluatePetrarch(recordsFile: string, dictionary: string): Promise<PetrarchEvaluation> {
  const parsed = parsePetrarchRecords(readFileSync(recordsFile, "utf8"));
  const kb = await knowledgeBaseWith(dictionary);
  const usable = parsed.records.filter((r) => r.error === null);
  const results: SentenceResult[] = usable.map((r) => ({
    id: r.id,
    category: r.category,
    gold: r.events,
    coded: analyzeDocument(r.text, { publishedAt: r.date, kb }).record.events.flatMap(eventTriples),
  }));
  const noEvent = results.filter((r) => r.gold.length === 0);
  return {
    score: scorePetrarch(results),
    sentences: results.length,
    errorRecords: parsed.records.length - usable.length,
    noEvent: { n: noEvent.length, coded: noEvent.filter((r) => r.coded.length > 0).length },
    badLines: parsed.bad.length,
    results,
  };
}
