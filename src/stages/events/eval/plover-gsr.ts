import { readFileSync } from "node:fs";
import { analyze } from "../../../analyze.js";
import type { EventRecord } from "../../../model/records.js";
import { goldCountry, predictedCountry } from "./plover-codes.js";

/** PLOVER 0.5 labels of the gold set and their PLOVER 2.0 type (the data README's mapping). */
const LEGACY: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};

interface GoldActor {
  code?: string;
  actorText?: string;
}
interface GoldRecord {
  id: string;
  event: string;
  text?: string;
  date?: string;
  source?: GoldActor[] | string;
  target?: GoldActor[] | string;
  textInfo?: { markup?: string };
}

/** One gold sentence and what the coder made of it. */
export interface PloverItem {
  id: string;
  text: string;
  markup: string;
  gold: string;
  predicted: string;
  /** `S:USA`, `T:IRQ` pairs of the gold record and of the coded event. */
  goldPairs: string[];
  predictedPairs: string[];
  /** The trigger row and argument rule of the coded event. */
  rule: string | null;
}

export interface PloverEvaluation {
  sentences: number;
  typeAccuracy: number;
  /** Gold type → predicted type ("none" when no event) → count. */
  confusion: Record<string, Record<string, number>>;
  perType: Record<string, { n: number; correct: number }>;
  dyad: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  items: PloverItem[];
}

const countries = (side: GoldActor[] | string | undefined) =>
  new Set(
    Array.isArray(side)
      ? side
          .map((a) => a.code ?? "")
          .filter(Boolean)
          .map(goldCountry)
      : [],
  );

/** The event a sentence-level coder reports: the most confident one, the earliest on ties. */
function mainEvent(events: EventRecord[]): EventRecord | undefined {
  return [...events].sort(
    (a, b) => b.confidence - a.confidence || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  )[0];
}

/** Codes one gold record. */
function codeRecord(r: GoldRecord): PloverItem {
  const gold = LEGACY[r.event] ?? r.event;
  const event = mainEvent(analyze(r.text ?? "", { publishedAt: r.date ?? null }).events);
  // An actor of unknown country (an unnamed group, a person the knowledge base lacks) claims no country.
  const side = (list: EventRecord["actors"], tag: string) =>
    list.filter((a) => a.country).map((a) => `${tag}:${predictedCountry(a.country ?? "")}`);
  return {
    id: r.id,
    text: r.text ?? "",
    markup: r.textInfo?.markup ?? "",
    gold,
    predicted: event?.event_type ?? "none",
    goldPairs: [
      ...new Set([...[...countries(r.source)].map((c) => `S:${c}`), ...[...countries(r.target)].map((c) => `T:${c}`)]),
    ],
    predictedPairs: [...new Set(event ? [...side(event.actors, "S"), ...side(event.recipients, "T")] : [])],
    rule: event?.mentions[0]?.rule ?? null,
  };
}

/**
 * Codes each gold sentence and compares: event type (PLOVER 0.5 labels mapped to 2.0) and the
 * source/target countries as a set of (side, country) pairs.
 */
export function evaluatePloverGsr(file: string): PloverEvaluation {
  const records = (JSON.parse(readFileSync(file, "utf8")) as GoldRecord[]).filter(
    (r) => r.text && r.event !== "DOCUMENT",
  );
  const confusion: PloverEvaluation["confusion"] = {};
  const perType: PloverEvaluation["perType"] = {};
  const items = records.map(codeRecord);
  let correct = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    const row = confusion[item.gold] ?? {};
    confusion[item.gold] = row;
    row[item.predicted] = (row[item.predicted] ?? 0) + 1;
    const t = perType[item.gold] ?? { n: 0, correct: 0 };
    perType[item.gold] = t;
    t.n++;
    if (item.predicted === item.gold) {
      t.correct++;
      correct++;
    }
    const goldPairs = new Set(item.goldPairs);
    for (const p of item.predictedPairs)
      if (goldPairs.has(p)) tp++;
      else fp++;
    for (const g of goldPairs) if (!item.predictedPairs.includes(g)) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    sentences: records.length,
    typeAccuracy: correct / Math.max(1, records.length),
    confusion,
    perType,
    dyad: { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), tp, fp, fn },
    items,
  };
}
