import { parseCodeBlock, splitCodes } from "./codes.js";
import { createCommentStripper } from "./comments.js";
import { nameWords } from "./readable.js";
import type { ActorEntry, DictionaryCode, SkippedLine } from "./types.js";

/** Where a parser hands what it reads: entries as they complete, and the lines it could not use. */
export interface ParserSink<E> {
  entry(e: E): void;
  skip(s: SkippedLine): void;
}

/** A line-at-a-time parser: feed it every line of a file in order, then call `end()`. */
export interface LineParser {
  line(text: string): void;
  end(): void;
}

/** A control character inside a name is a byte lost to a bad encoding (`LIAMINE_Z\x1aROUAL_`); tabs are fine. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9) || c === 127) return true;
  }
  return false;
}

/** Words two names must share to be one actor's: `LEONID_BREZHNEV_` and `SECRETARY_BREZHNEV` share BREZHNEV. */
function sharesWord(a: ActorEntry, name: string): boolean {
  const words = (s: string) => nameWords(s).filter((w) => w.length > 2 && !/^(?:al|el|the|of|and)$/i.test(w));
  const known = new Set([a.name, ...a.variants].flatMap(words).map((w) => w.toUpperCase()));
  return words(name).some((w) => known.has(w.toUpperCase()));
}

/**
 * Parses a TABARI/PETRARCH actor dictionary one line at a time, so a file of any size streams
 * through. An entry is a name line (codes optionally inline: `HAMAS [PSEREBHMS]`), `+` lines of
 * spelling variants (several per line allowed: `+TAIOAN_ +TAWIAN_`), and indented code lines
 * `[CODE]`, `[CODE 770101-120812]`, `[CODE >140608]`, `[CODE <950601]`.
 *
 * Name lines that follow one another with no code, blank or comment line between share the codes
 * after them, as the Phoenix files write them: one that shares a word with the entry above is a
 * variant of it (`LEONID_BREZHNEV_` / `LEONID_ILYICH_BREZHNEV` / `[RUSGOV …]`), one that shares none
 * is another actor with the same codes (`SARAYAT_AL-QUDS` / `JUND_AL_AQSA` / `[SYRREBMUS]`).
 *
 * A malformed line is reported to `sink.skip` and parsing goes on: a bad code line drops that code
 * only; a bad name line drops its whole entry. An entry left with no code is reported too.
 *
 * @example
 *   const p = createActorParser("x.txt", { entry: (e) => entries.push(e), skip: (s) => skipped.push(s) });
 *   for (const l of ["ABDEL_FATTAH_EL_SISI", "+SISI_", "\t[EGYMIL 770101-120812]"]) p.line(l);
 *   p.end(); // entries[0].codes[0] → { code: "EGYMIL", country: "EGY", sector: "MIL", start: "1977-01-01", end: "2012-08-12" }
 */
export function createActorParser(file: string, sink: ParserSink<ActorEntry>): LineParser {
  const stripper = createCommentStripper();
  let lineNo = 0;
  /** The entries the next `+` and code lines belong to (several when name lines share codes). */
  let group: ActorEntry[] = [];
  /** True while the lines after a rejected name line are passed over. */
  let passing = false;
  /** True when the previous line held a name, variant or code (no blank or comment line since). */
  let adjacent = false;
  /** True once a code line (even a rejected one) closed the group's names. */
  let coded = false;

  const skip = (reason: string, text: string, line = lineNo) => sink.skip({ file, line, reason, text: text.trim() });
  const flush = () => {
    for (const e of group) {
      if (e.codes.length === 0) skip("entry has no code", e.name, e.line);
      else sink.entry(e);
    }
    group = [];
    passing = false;
    coded = false;
  };
  const codesOf = (blocks: string[]): DictionaryCode[] | string => {
    const codes: DictionaryCode[] = [];
    for (const block of blocks) {
      const parsed = parseCodeBlock(block);
      if (!parsed.ok) return parsed.reason;
      codes.push(...parsed.codes);
    }
    return codes;
  };
  const addName = (name: string, codes: DictionaryCode[], comment: string | null) => {
    const last = group[group.length - 1];
    const waiting = adjacent && last !== undefined && !passing && !coded;
    if (waiting && sharesWord(last, name)) last.variants.push(name);
    else if (waiting) group.push({ name, variants: [], codes: [], comment, line: lineNo });
    else {
      flush();
      group = [{ name, variants: [], codes: [], comment, line: lineNo }];
    }
    for (const e of group) e.codes.push(...codes);
    coded = codes.length > 0;
  };

  /** Handles one line; false when it held nothing but comments or blanks. */
  const line = (raw: string): boolean => {
    const { text, comment } = stripper.strip(raw);
    const trimmed = text.trim();
    if (trimmed === "") return false;
    handle(raw, trimmed, comment);
    return true;
  };
  const handle = (raw: string, trimmed: string, comment: string | null): void => {
    const isName = !trimmed.startsWith("+") && !trimmed.startsWith("[");
    if (!isName && passing) return;
    if (!isName && group.length === 0) {
      skip(`${trimmed[0] === "+" ? "variant" : "code"} with no entry above it`, raw);
      return;
    }
    const split = splitCodes(trimmed);
    coded ||= trimmed.startsWith("[");
    const codes = split.ok ? codesOf(split.blocks) : split.reason;
    const problem = hasControlCharacter(trimmed)
      ? "control character in the line (a byte lost to a bad encoding?)"
      : null;
    if (problem || typeof codes === "string" || !split.ok) {
      if (isName) flush(); // the entries above are complete: report them first
      skip(problem ?? (typeof codes === "string" ? codes : ""), raw);
      passing ||= isName;
      return;
    }
    if (isName) {
      addName(split.text, codes, comment);
      return;
    }
    for (const e of group) e.codes.push(...codes);
    const last = group[group.length - 1];
    if (!last || !trimmed.startsWith("+")) return;
    // "+TAIOAN_ +TAWIAN_", "+…_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_": a plus starts each variant
    for (const v of split.text.split("+")) {
      const variant = v.trim().replace(/^_+/, "");
      if (/[\p{L}\p{N}]/u.test(variant)) last.variants.push(variant);
    }
  };

  return {
    line(raw) {
      lineNo++;
      adjacent = line(raw);
    },
    end: flush,
  };
}
