import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PloverType } from "./plover.js";
import type { PloverMode } from "./plover-modes.js";
import { TriggerDataError, validateRow } from "./trigger-validate.js";

export { TriggerDataError } from "./trigger-validate.js";

export type TriggerPos = "verb" | "noun";

/**
 * How the arguments around a trigger are read:
 * - `directed`: subject → object ("X urged Y", "X accused Y"); the subject acts, the object receives.
 * - `mutual`: every participant acts, no recipient ("X and Y held talks", "talks between X and Y", "X met Y").
 * - `visit`: the visitor acts, the place or host receives ("X visited Beijing", "X's trip to Y").
 * - `host`: the host is the subject but *receives*; the guest is the actor ("X hosted Y" → actor Y, recipient X).
 */
export type TriggerFrame = "directed" | "mutual" | "visit" | "host";

export type TriggerStatus = "future" | "hypothetical" | "negated" | null;

/** One row of `data/triggers/<type>.json`: the surface forms that signal one kind of event. */
export interface TriggerRow {
  /** `<type>.<concept>.<pos>`, lower-case, unique across all files: `consult.phone-call.noun`. */
  readonly id: string;
  readonly type: PloverType;
  readonly mode: PloverMode | null;
  /** The CAMEO code a CAMEO coder would give this trigger (for Goldstein values and CAMEO export). */
  readonly cameo: string;
  readonly pos: TriggerPos;
  /** Every surface form written out, lower-case, space-separated tokens: `["meet", "meets", "met"]`. */
  readonly forms: readonly string[];
  readonly frame: TriggerFrame;
  /** Status the form itself implies (`"upcoming visit"` → future); null leaves it to the sentence's grammar. */
  readonly status: TriggerStatus;
  readonly note: string;
  /** The form often stands in the passive ("was shot down by X"): the by-agent acts, the subject receives. */
  readonly passive_ok?: boolean;
  /**
   * The form's subject is told what to do by someone else ("X said Y must withdraw"): the speaker of
   * the clause acts, the form's subject receives, and with no speaker there is no event.
   */
  readonly speaker_acts?: boolean;
  /** Phrases that block the row when they come right after the form ("meeting" + "room"). */
  readonly not_before?: readonly string[];
  /** Phrases that block the row when they come right before the form ("heart" + "attack"). */
  readonly not_after?: readonly string[];
  /** Required when `type` differs from the crosswalk's type for `cameo`: the PLOVER manual rule applied. */
  readonly rule?: string;
  /** The file the row came from, e.g. `consult.json`. */
  readonly source: string;
}

/** `data/triggers/` of this package: two levels up from `dist/ontology/triggers.js`. */
export const DEFAULT_TRIGGER_DIR = fileURLToPath(new URL("../../data/triggers/", import.meta.url));

/**
 * Reads and validates every `*.json` file of the trigger directory, in file-name order.
 *
 * @example loadTriggers().filter((r) => r.type === "CONSULT").map((r) => r.id)
 * @throws TriggerDataError naming the file and row id when a row is malformed or an id repeats.
 */
export function loadTriggers(dir: string = DEFAULT_TRIGGER_DIR): TriggerRow[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new TriggerDataError(dir, null, "no trigger files (*.json) found");
  const rows: TriggerRow[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (error) {
      throw new TriggerDataError(file, null, `not valid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(data)) throw new TriggerDataError(file, null, "expected a JSON array of rows");
    data.forEach((raw, index) => {
      const row = validateRow(raw, file, index);
      const earlier = seen.get(row.id);
      if (earlier) throw new TriggerDataError(file, row.id, `duplicate id (first in ${earlier})`);
      seen.set(row.id, file);
      rows.push(row);
    });
  }
  return rows;
}
