import { cameoCountry, cameoSector } from "./cameo-actor.js";
import { dateRange } from "./dates.js";
import type { DictionaryCode } from "./types.js";

/** PETRARCH's null code: the phrase names no actor (`BOROMIR [---]`), at least in its date range. */
export const NULL_CODE = "---";

const CODE = /^(?:[A-Z0-9]{3,}|---)$/;

export type CodesResult = { ok: true; codes: DictionaryCode[] } | { ok: false; reason: string };

/**
 * One bracketed code block of an actor dictionary, without its brackets: a code (or several joined
 * by `/`, each getting the same dates) and an optional date restriction. Codes are upper-cased
 * (`[pse]` is PSE).
 *
 * @example parseCodeBlock("EGYGOV > 140608")
 *   // { ok: true, codes: [{ code: "EGYGOV", country: "EGY", sector: "GOV", start: "2014-06-08", end: null }] }
 */
export function parseCodeBlock(block: string): CodesResult {
  const [head = "", ...rest] = block.trim().split(/\s+/);
  // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]": the restriction may hold spaces
  const range = dateRange(rest.join(" "));
  if (!range.ok) return range;
  if (head === "") return { ok: false, reason: "empty code block" };
  const names = head.toUpperCase().split("/");
  const bad = names.find((c) => !CODE.test(c));
  if (bad !== undefined) return { ok: false, reason: `"${head}" is not a CAMEO actor code` };
  return {
    ok: true,
    codes: names.map((code) => ({
      code,
      country: code === NULL_CODE ? null : cameoCountry(code),
      sector: code === NULL_CODE ? null : cameoSector(code),
      start: range.start,
      end: range.end,
    })),
  };
}

export type SplitResult = { ok: true; text: string; blocks: string[] } | { ok: false; reason: string };

/**
 * Splits a dictionary line into the text before its first code and its bracketed blocks:
 * `KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]` → `KOFI_ANNAN_`, [`IGOUNO 970101-061231`, `ELI`].
 * Text after the codes is a note and is dropped, as PETRARCH drops it (`[MNCMED]\tNewspapers/Magazines`);
 * a bracket left open makes the line malformed.
 *
 * @example splitCodes("HAMAS [PSEREBHMS]") // { ok: true, text: "HAMAS", blocks: ["PSEREBHMS"] }
 */
export function splitCodes(line: string): SplitResult {
  const open = line.indexOf("[");
  if (open < 0) return { ok: true, text: line.trim(), blocks: [] };
  const blocks: string[] = [];
  let rest = line.slice(open);
  while (rest.startsWith("[")) {
    const m = /^\[([^[\]]*)\]\s*/.exec(rest);
    if (!m) return { ok: false, reason: `code bracket not closed: "${rest.trim()}"` };
    blocks.push(m[1] ?? "");
    rest = rest.slice(m[0].length);
  }
  if (/[[\]{}]/.test(rest)) return { ok: false, reason: `stray bracket after the codes: "${rest.trim()}"` };
  return { ok: true, text: line.slice(0, open).trim(), blocks };
}
