import type { PloverContext } from "../contexts.js";
import type { PloverType } from "../plover.js";
import type { PloverMode } from "../plover-modes.js";

/**
 * One CAMEO code as written in the tables of this folder.
 *
 * `type`, `mode` and `context` follow CAMEO2PLOVER-2021.txt unless `basis` says otherwise:
 * - `manual`: the PLOVER 2.0 manual decides differently (or the crosswalk's mode is not a 2.0 mode);
 *   `note` gives the crosswalk's reading and the reason.
 * - `annals`: the crosswalk has no mapping and annals chose one (CAMEO 02 appeals → REQUEST).
 *
 * `type: null` marks codes PLOVER drops (CAMEO 01, public statements).
 */
export interface CameoRow {
  readonly code: string;
  /** Short name, annals' wording. */
  readonly name: string;
  /** Goldstein conflict–cooperation value from the CAMEO scale (−10…+10). */
  readonly goldstein: number;
  readonly type: PloverType | null;
  readonly mode?: PloverMode;
  readonly context?: readonly PloverContext[];
  readonly basis?: "manual" | "annals";
  readonly note?: string;
}
