/**
 * What a PETRARCH/TABARI dictionary says, before it becomes knowledge-base actors. Names stay as the
 * dictionary writes them (`ABDEL_FATTAH_EL_SISI`); `readable.ts` turns them into prose forms.
 */

/** One CAMEO code of an actor entry, with its date restriction (inclusive ISO dates, null = open). */
export interface DictionaryCode {
  /** The CAMEO actor code as written, upper-cased: `EGYGOVMIL`. */
  code: string;
  /** ISO 3166-1 alpha-3, or a PLOVER non-state code (`IGO`, `UNO`, `EUR`, `NGO`, `IMG`, `MNC`); null when unknown. */
  country: string | null;
  /** The PLOVER sector of the most specific role code (`MIL` for `EGYGOVMIL`), or null. */
  sector: string | null;
  start: string | null;
  end: string | null;
}

/** An actor entry: a name line, its `+` spelling variants and its codes. */
export interface ActorEntry {
  name: string;
  variants: string[];
  codes: DictionaryCode[];
  /** The `#` comment on the name line (`CountryInfo.txt`), if any. */
  comment: string | null;
  /** 1-based line of the name. */
  line: number;
}

/** An agent noun (`MINISTER_ [~GOV]`): a word that makes a generic actor out of a country or group. */
export interface AgentEntry {
  /** Lower-case noun phrase: `foreign minister`. */
  noun: string;
  /** Every other form that names it: substitution-set expansions and plurals (`foreign ministers`). */
  forms: string[];
  /** The agent code without its tilde: `GOV` for `[~GOV]`, `IGO` for `[IGO~]`. */
  code: string;
  /** Whether the code follows the actor's code (`~GOV`, the usual case) or precedes it (`IGO~`). */
  position: "suffix" | "prefix";
  sector: string | null;
  line: number;
}

/** A line the parser could not use, and why (`Phoenix.Countries.actors.txt:745: …`). */
export interface SkippedLine {
  file: string;
  line: number;
  reason: string;
  text: string;
}

/** `file:line: reason`, as the CLI prints a skipped line. */
export function describeSkip(s: SkippedLine): string {
  return `${s.file}:${s.line}: ${s.reason}`;
}
