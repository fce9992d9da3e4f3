import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { familyOf } from "../dedup/families.js";
import type { EventFeatures } from "../dedup/features.js";
import { parseMeantime, type RawDoc } from "./meantime-xml.js";
import type { Clusters } from "./metrics.js";

/** How undated mentions borrow the document creation time: not at all, or truncated to year / month. */
export type DctFallback = "none" | "year" | "month";

export interface MeantimeData {
  docs: number;
  mentions: EventFeatures[];
  /** Gold cross-document clusters of mention ids (mentions without an instance are singletons). */
  gold: Clusters;
}

const ANCHORING = new Set(["IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "IDENTITY", "DURING"]);

/** Partial ISO prefix of a TIMEX3 value. @example partialIso("2007-W12") // "2007" */
export function partialIso(value: string): string | null {
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(value)?.[0] ?? null;
}

function xmlFiles(dir: string): string[] {
  const cross = join(dir, "intra_cross-doc_annotation");
  const root = statSync(cross, { throwIfNoEntry: false })?.isDirectory() ? cross : dir;
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".xml")) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** Gold event mentions of one document with their features, and their gold instance ids. */
export function docMentions(doc: RawDoc, dct: DctFallback): { f: EventFeatures; gold: string }[] {
  const instanceOf = new Map<string, { id: string; kind: string }>();
  for (const r of doc.refersTo) {
    const inst = doc.instances.get(r.target);
    if (inst) for (const s of r.sources) instanceOf.set(s, inst);
  }
  const dateOf = new Map<string, string>();
  for (const t of doc.tlinks) {
    if (!ANCHORING.has(t.rel)) continue;
    const [ev, tx] = doc.timexes.has(t.target) ? [t.source, t.target] : [t.target, t.source];
    const timex = doc.timexes.get(tx);
    const iso = timex && (timex.type === "DATE" || timex.type === "TIME") ? partialIso(timex.value) : null;
    const prev = dateOf.get(ev);
    if (iso && (!prev || iso.length > prev.length)) dateOf.set(ev, iso);
  }
  const creation = [...doc.timexes.values()].find((t) => t.creation);
  const dctIso = creation ? partialIso(creation.value) : null;
  const fallback = dct === "none" || !dctIso ? null : dctIso.slice(0, dct === "year" ? 4 : 7);
  return doc.events.map((e) => {
    const participants: string[] = [];
    let location: string | null = null;
    for (const p of doc.participants) {
      if (p.source !== e.mId) continue;
      const ent = instanceOf.get(p.target);
      if (ent?.kind !== "ENTITY") continue;
      if (p.role === "Argm-LOC") location = ent.id;
      else participants.push(ent.id);
    }
    const lemma = e.pred.toLowerCase();
    const f: EventFeatures = {
      id: `${doc.docId}:${e.mId}`,
      docId: doc.docId,
      type: familyOf(lemma),
      lemma,
      participants,
      countries: [],
      date: dateOf.get(e.mId) ?? fallback,
      location,
      triggerWords: e.tokens.map((t) => (doc.tokens.get(t) ?? "").toLowerCase()),
    };
    const inst = instanceOf.get(e.mId);
    return { f, gold: inst?.kind === "EVENT" ? inst.id : `single:${f.id}` };
  });
}

/**
 * Read MEANTIME (English) from `dir` at run time: every gold event mention with its features
 * (lemma, participants via gold entity instances, date via gold TLINKs to TIMEX3) and the gold
 * cross-document clusters.
 * @example const { mentions, gold } = readMeantime("../shared/data/meantime-en");
 */
export function readMeantime(dir: string, dct: DctFallback = "none"): MeantimeData {
  const files = xmlFiles(dir);
  const mentions: EventFeatures[] = [];
  const groups = new Map<string, string[]>();
  for (const file of files) {
    for (const { f, gold } of docMentions(parseMeantime(readFileSync(file, "utf8")), dct)) {
      mentions.push(f);
      const g = groups.get(gold);
      if (g) g.push(f.id);
      else groups.set(gold, [f.id]);
    }
  }
  return { docs: files.length, mentions, gold: [...groups.values()] };
}
